package com.skylightchat.tickets.stub.matching;

import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Request;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the HTTP layer received it, independent of the HTTP library. Header names keep their case;
 * lookups ignore it. The body is never {@code null} (empty when absent).
 *
 * @param method  upper-case method
 * @param path    the decoded path, without query
 * @param query   query parameters in received order
 * @param headers request headers, names as received
 * @param body    body bytes, empty when none
 */
public record IncomingRequest(String method, String path, Map<String, List<String>> query,
                              Map<String, List<String>> headers, byte[] body) {

    /** The request an interaction recorded, as if a client had sent exactly that. */
    public static IncomingRequest recorded(au.com.dius.pact.core.model.IRequest request) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getQuery().forEach((k, v) -> query.put(k, v.stream().map(String::valueOf).toList()));
        return new IncomingRequest(request.getMethod().toUpperCase(Locale.ROOT), request.getPath(), query,
                new LinkedHashMap<>(request.getHeaders()), request.getBody().orEmpty());
    }

    /** The first value of a header, case-insensitively, or {@code null}. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    /** The Content-Type header, or {@code null}. */
    public String contentType() {
        return header("Content-Type");
    }

    /** Whether the Content-Type says JSON ({@code application/json}, {@code application/*+json}). */
    public boolean isJson() {
        String type = contentType();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        int semicolon = lower.indexOf(';');
        String mime = (semicolon < 0 ? lower : lower.substring(0, semicolon)).strip();
        return mime.equals("application/json") || mime.endsWith("+json");
    }

    /**
     * The Pact JVM model of this request. Maps are mutable {@link HashMap}s on purpose: Pact JVM fails with
     * immutable ones.
     */
    public Request toPactRequest() {
        Map<String, List<String>> pactHeaders = new HashMap<>();
        headers.forEach((k, v) -> pactHeaders.put(k, List.copyOf(v)));
        Map<String, List<String>> pactQuery = new HashMap<>();
        query.forEach((k, v) -> pactQuery.put(k, List.copyOf(v)));
        OptionalBody pactBody = body.length == 0 ? OptionalBody.missing()
                : OptionalBody.body(body, contentType() == null ? ContentType.Companion.getUNKNOWN()
                : new ContentType(contentType()));
        return new Request(method, path, pactQuery, pactHeaders, pactBody);
    }
}
