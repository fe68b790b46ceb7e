package com.skylightchat.tickets.stub.matching;

import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Request;
import com.skylightchat.tickets.stub.http.IncomingRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A received request in Pact JVM's model, for Pact JVM's matching. */
final class PactRequests {

    private PactRequests() {
    }

    /** Maps are mutable {@link HashMap}s on purpose: Pact JVM fails with immutable ones. */
    static Request of(IncomingRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        request.headers().forEach((k, v) -> headers.put(k, List.copyOf(v)));
        Map<String, List<String>> query = new HashMap<>();
        request.query().forEach((k, v) -> query.put(k, List.copyOf(v)));
        String type = request.contentType();
        OptionalBody body = request.body().length == 0 ? OptionalBody.missing()
                : OptionalBody.body(request.body(), type == null ? ContentType.Companion.getUNKNOWN()
                : new ContentType(type));
        return new Request(request.method(), request.path(), query, headers, body);
    }
}
