package com.skylightchat.tickets.stub.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the HTTP layer received it, independent of the HTTP library. Header names keep their case; lookups
 * ignore it. The body is never {@code null} (empty when absent).
 *
 * @param method  upper-case method
 * @param path    the decoded path, without query
 * @param query   query parameters in received order
 * @param headers request headers, names as received, in received order
 * @param body    body bytes, empty when none
 */
public record IncomingRequest(String method, String path, Map<String, List<String>> query,
                              Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, case-insensitively, or {@code null}. */
    public String header(String name) {
        return Headers.first(headers, name);
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
}
