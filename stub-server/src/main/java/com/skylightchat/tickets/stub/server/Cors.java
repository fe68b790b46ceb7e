package com.skylightchat.tickets.stub.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;

/**
 * CORS for browser clients (option {@code --cors}): answers pre-flights itself with 204 (pacts rarely record
 * them) and adds {@code Access-Control-Allow-Origin} to every answer, echoing the caller's origin so credentials
 * work. Stateless.
 */
final class Cors {

    private static final HttpString ORIGIN = new HttpString("Origin");
    private static final HttpString REQUEST_METHOD = new HttpString("Access-Control-Request-Method");
    private static final HttpString REQUEST_HEADERS = new HttpString("Access-Control-Request-Headers");
    private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
    private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
    private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
    private static final HttpString ALLOW_CREDENTIALS = new HttpString("Access-Control-Allow-Credentials");
    private static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
    private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
    private static final HttpString VARY = new HttpString("Vary");

    private Cors() {
    }

    /** Adds the CORS headers; returns {@code true} when the request was a pre-flight and has been answered. */
    static boolean apply(HttpServerExchange exchange) {
        HeaderMap in = exchange.getRequestHeaders();
        String origin = in.getFirst(ORIGIN);
        HeaderMap out = exchange.getResponseHeaders();
        out.put(ALLOW_ORIGIN, origin == null ? "*" : origin);
        out.put(VARY, "Origin");
        if (origin != null) {
            out.put(ALLOW_CREDENTIALS, "true");
        }
        out.put(EXPOSE_HEADERS, "X-Stub-Provider-State, X-Stub-No-Match");
        boolean preflight = exchange.getRequestMethod().equals(Methods.OPTIONS) && in.contains(REQUEST_METHOD);
        if (preflight) {
            out.put(ALLOW_METHODS, "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            String headers = in.getFirst(REQUEST_HEADERS);
            out.put(ALLOW_HEADERS, headers == null ? "*" : headers);
            out.put(MAX_AGE, "3600");
            exchange.setStatusCode(204);
            exchange.endExchange();
        }
        return preflight;
    }
}
