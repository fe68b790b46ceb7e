package com.skylightchat.tickets.stub.admin;

import java.util.Deque;
import java.util.Map;

/**
 * An admin request, reduced to what endpoints need. Immutable.
 *
 * @param method upper-case method
 * @param path   path below the admin prefix, e.g. {@code health}
 * @param query  query parameters
 * @param body   body bytes, empty when none
 */
public record AdminRequest(String method, String path, Map<String, Deque<String>> query, byte[] body) {

    /** The first value of a query parameter, or {@code fallback}. */
    public String param(String name, String fallback) {
        Deque<String> values = query.get(name);
        return values == null || values.isEmpty() ? fallback : values.getFirst();
    }
}
