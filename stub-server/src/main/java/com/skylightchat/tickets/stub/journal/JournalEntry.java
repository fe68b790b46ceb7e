package com.skylightchat.tickets.stub.journal;

import com.skylightchat.tickets.stub.http.Headers;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request the stub received and what it answered. Header values are kept as sent (the admin endpoint masks
 * secrets; this in-process view is for tests that want to assert on them). The body is kept up to the journal's
 * per-entry limit; {@link #bodyBytes()} says how long it really was. Immutable.
 *
 * @param time               when the request arrived
 * @param method             HTTP method
 * @param path               request path, without query
 * @param query              query parameters in received order
 * @param headers            request headers, names as received
 * @param body               request body as UTF-8 text, cut at the journal's limit; empty when none
 * @param bodyBytes          the body's real length in bytes
 * @param bodyTruncated      whether {@code body} holds less than the request sent
 * @param status             the status the stub answered with
 * @param matchedInteraction description of the interaction that answered, or {@code null}
 * @param providerState      the provider state of that interaction, or {@code null}
 * @param reason             why the request was refused or matched nothing, or {@code null}
 * @param unmatched          whether no interaction matched the request
 * @param micros             time spent answering, in microseconds
 */
public record JournalEntry(Instant time, String method, String path, Map<String, List<String>> query,
                           Map<String, List<String>> headers, String body, int bodyBytes, boolean bodyTruncated, int status,
                           String matchedInteraction, String providerState, String reason, boolean unmatched,
                           long micros) {

    public JournalEntry {
        query = ordered(query);
        headers = ordered(headers);
    }

    /** An unmodifiable copy that keeps the received order ({@code Map.copyOf} would not). */
    private static Map<String, List<String>> ordered(Map<String, List<String>> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The first value of a header, case-insensitively, or {@code null}. */
    public String header(String name) {
        return Headers.first(headers, name);
    }
}
