package com.skylightchat.tickets.stub.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What the stub answers: status, headers and body as they go on the wire, why ({@link Outcome}), and whether to
 * misbehave on purpose ({@link Fault}). Immutable; the body array is never written to, so one instance can answer
 * many requests.
 *
 * @param status  HTTP status
 * @param headers name/value pairs in order
 * @param body    body bytes, empty when none
 * @param outcome why this answer
 * @param fault   a fault to inject, {@link Fault#NONE} normally
 */
public record StubResponse(int status, List<Map.Entry<String, String>> headers, byte[] body, Outcome outcome,
                           Fault fault) {

    public StubResponse {
        headers = List.copyOf(headers);
    }

    /** A JSON answer (the stub's own bodies: errors, admin answers). */
    public static StubResponse json(int status, byte[] json, Outcome outcome) {
        return new StubResponse(status, List.of(Map.entry("Content-Type", "application/json")), json, outcome,
                Fault.NONE);
    }

    /** This answer with one more header. */
    public StubResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new java.util.ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new StubResponse(status, more, body, outcome, fault);
    }

    public StubResponse withFault(Fault injected) {
        return new StubResponse(status, headers, body, outcome, injected);
    }

    /** The body as text, for tests and logs. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
