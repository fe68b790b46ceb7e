package com.skylightchat.tickets.stub.faults;

import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Responder;
import com.skylightchat.tickets.stub.http.StubResponse;

/** A responder whose answers pass through the stub's {@link Faults} before they leave. Thread-safe. */
public final class Faulting implements Responder {

    private final Responder responder;
    private final Faults faults;

    public Faulting(Responder responder, Faults faults) {
        this.responder = responder;
        this.faults = faults;
    }

    @Override
    public StubResponse quick(IncomingRequest request) {
        StubResponse response = responder.quick(request);
        return response == null || faults.isEmpty() ? response : faults.apply(request, response);
    }

    @Override
    public StubResponse respond(IncomingRequest request) {
        StubResponse response = responder.respond(request);
        return faults.isEmpty() ? response : faults.apply(request, response);
    }
}
