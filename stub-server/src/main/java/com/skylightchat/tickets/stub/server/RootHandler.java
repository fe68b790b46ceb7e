package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.admin.AdminRoutes;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The first handler for every request: rejects unknown methods (405) and oversized headers (431), applies CORS,
 * reads the body within the size limit (413), then hands the request to the admin routes or to the replay handler.
 * Everything runs on the I/O thread except admin requests, which are dispatched to a worker because reload reads
 * files. Thread-safe.
 */
final class RootHandler implements HttpHandler {

    static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final byte[] NO_BODY = new byte[0];

    private final StubConfig config;
    private final ReplayHandler replay;
    private final AdminRoutes admin;
    private final RequestLog log;

    RootHandler(StubContext context) {
        this.config = context.config();
        this.replay = new ReplayHandler(context);
        this.admin = config.admin() ? new AdminRoutes(context) : null;
        this.log = new RequestLog(config.requestLog());
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod().toString();
        boolean toAdmin = admin != null && isAdminPath(exchange.getRequestPath());
        if (toAdmin && exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        if (!KNOWN_METHODS.contains(method)) {
            exchange.getResponseHeaders().put(Headers.ALLOW, String.join(", ", KNOWN_METHODS.stream().sorted().toList()));
            reject(exchange, 405, "method " + method + " is not supported", start);
            return;
        }
        if (Exchanges.headerBytes(exchange) > config.maxHeaderBytes()) {
            exchange.setPersistent(false);
            reject(exchange, 431, "request headers larger than " + config.maxHeaderBytes() + " bytes", start);
            return;
        }
        if (config.cors() && Cors.apply(exchange)) {
            return;
        }
        long length = exchange.getRequestContentLength();
        if (exchange.isRequestComplete() || length == 0) {
            dispatch(exchange, NO_BODY, toAdmin, start);
        } else if (length > config.maxBodyBytes()) {
            exchange.setPersistent(false);
            reject(exchange, 413, tooLarge(), start);
        } else {
            // Chunked bodies have no length up front: Undertow stops reading at the limit and reports it.
            exchange.setMaxEntitySize(config.maxBodyBytes());
            exchange.getRequestReceiver().receiveFullBytes((ex, bytes) -> dispatch(ex, bytes, toAdmin, start),
                    (ex, error) -> bodyFailed(ex, error, start));
        }
    }

    private void dispatch(HttpServerExchange exchange, byte[] body, boolean toAdmin, long start) {
        if (toAdmin) {
            admin.handle(exchange, body);
        } else {
            replay.handle(exchange, body, start);
        }
    }

    private void bodyFailed(HttpServerExchange exchange, IOException error, long start) {
        exchange.setPersistent(false);
        if (error instanceof RequestTooBigException) {
            reject(exchange, 413, tooLarge(), start);
        } else {
            // A read timeout or a broken connection: nobody is left to answer, so just free the connection.
            log.rejected(exchange.getRequestMethod().toString(), exchange.getRequestPath(), 408,
                    "request body not received: " + error.getMessage(), (System.nanoTime() - start) / 1000);
            exchange.endExchange();
        }
    }

    private void reject(HttpServerExchange exchange, int status, String why, long start) {
        Exchanges.sendJson(exchange, status, Map.of("error", why));
        log.rejected(exchange.getRequestMethod().toString(), exchange.getRequestPath(), status, why,
                (System.nanoTime() - start) / 1000);
    }

    private String tooLarge() {
        return "request body larger than " + config.maxBodyBytes() + " bytes";
    }

    private static boolean isAdminPath(String path) {
        return path.startsWith(StubConfig.ADMIN_PREFIX) || path.equals("/__stub");
    }
}
