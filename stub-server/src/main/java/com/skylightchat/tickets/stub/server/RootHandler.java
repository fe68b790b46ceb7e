package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.http.Failures;
import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Json;
import com.skylightchat.tickets.stub.http.Outcome;
import com.skylightchat.tickets.stub.http.Responder;
import com.skylightchat.tickets.stub.http.StubResponse;
import com.skylightchat.tickets.stub.journal.RequestLog;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.util.Set;

/**
 * The first handler for every request, on the I/O thread: rejects unknown methods (405) and oversized headers (431),
 * applies CORS to API paths, has the {@link BodyReader} read the body within its limits, then asks the responder for
 * the path (admin paths under {@value #ADMIN_PREFIX}, everything else the API) for a quick answer, and dispatches to a
 * worker thread when there is none. {@link Replies} sends the answer. Thread-safe.
 */
final class RootHandler implements HttpHandler {

    static final String ADMIN_PREFIX = "/__stub";
    static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final String ALLOWED = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";

    private final HttpSettings settings;
    private final Responder api;
    private final Responder admin;
    private final BodyReader bodies;
    private final RequestLog log;

    RootHandler(HttpSettings settings, Responder api, Responder admin, RequestLog log) {
        this.settings = settings;
        this.api = api;
        this.admin = admin;
        this.log = log;
        this.bodies = new BodyReader(settings, this::answer, this::reject);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String method = exchange.getRequestMethod().toString();
        if (!KNOWN_METHODS.contains(method)) {
            exchange.getResponseHeaders().put(Headers.ALLOW, ALLOWED);
            reject(exchange, 405, "method " + method + " is not supported");
            return;
        }
        if (Requests.headerBytes(exchange) > settings.maxHeaderBytes()) {
            exchange.setPersistent(false);
            reject(exchange, 431, "request headers larger than " + settings.maxHeaderBytes() + " bytes");
            return;
        }
        // CORS never reaches the admin endpoints: a web page may call the API, not change the stub.
        if (settings.cors() && !isAdminPath(exchange.getRequestPath()) && Cors.apply(exchange)) {
            return;
        }
        bodies.read(exchange);
    }

    /** Called by the body reader, on the I/O thread, once the whole body is in. */
    private void answer(HttpServerExchange exchange, byte[] body) {
        IncomingRequest request = Requests.of(exchange, body);
        Responder responder = isAdminPath(request.path()) ? admin : api;
        StubResponse quick = Failures.quickly(responder, request);
        if (quick != null) {
            Replies.send(exchange, quick);
        } else {
            exchange.dispatch(() -> Replies.send(exchange, Failures.safely(responder, request)));
        }
    }

    private void reject(HttpServerExchange exchange, int status, String why) {
        StubResponse refusal = Json.response(status, Json.error(why), Outcome.refused(why));
        Replies.send(exchange, refusal);
        log.log(exchange.getRequestMethod().toString(), exchange.getRequestPath(), refusal, 0);
    }

    static boolean isAdminPath(String path) {
        return path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/");
    }
}
