package com.skylightchat.tickets.stub.journal;

import com.skylightchat.tickets.stub.http.Failures;
import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Responder;
import com.skylightchat.tickets.stub.http.StubResponse;

/**
 * Puts every answer of a {@link Responder} into the journal and the request log, before the answer leaves (so a
 * client that reads the journal right after its answer finds its request there), the 500s of a responder that broke
 * included. Thread-safe.
 */
public final class Recording implements Responder {

    private final Responder responder;
    private final Journal journal;
    private final RequestLog log;

    public Recording(Responder responder, Journal journal, RequestLog log) {
        this.responder = responder;
        this.journal = journal;
        this.log = log;
    }

    @Override
    public StubResponse quick(IncomingRequest request) {
        long start = System.nanoTime();
        StubResponse response = Failures.quickly(responder, request);
        return response == null ? null : recorded(request, response, start);
    }

    @Override
    public StubResponse respond(IncomingRequest request) {
        long start = System.nanoTime();
        return recorded(request, Failures.safely(responder, request), start);
    }

    private StubResponse recorded(IncomingRequest request, StubResponse response, long start) {
        long micros = (System.nanoTime() - start) / 1000;
        journal.record(request, response.status(), response.outcome(), micros);
        log.log(request.method(), request.path(), response, micros);
        return response;
    }
}
