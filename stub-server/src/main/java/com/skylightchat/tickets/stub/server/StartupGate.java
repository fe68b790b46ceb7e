package com.skylightchat.tickets.stub.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The listener's handler while the stub starts: the port is bound before the pacts are loaded (Undertow's start
 * then runs on one core while Pact JVM reads the pacts on the other), so a request can arrive before there is
 * anything to answer it with. Such a request waits on a worker thread, not an I/O thread, until {@link #open}
 * hands over the real handler — or gets a 503 with the reason when start-up failed ({@link #fail}) or took longer
 * than {@link #MAX_WAIT_SECONDS}. After {@link #open} every request goes straight through (one volatile read).
 */
final class StartupGate implements HttpHandler {

    static final long MAX_WAIT_SECONDS = 120;

    private final CountDownLatch decided = new CountDownLatch(1);
    private volatile HttpHandler next;

    void open(HttpHandler handler) {
        next = handler;
        decided.countDown();
    }

    void fail(String why) {
        if (next == null) {
            next = exchange -> unavailable(exchange, why);
        }
        decided.countDown();
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HttpHandler handler = next;
        if (handler != null) {
            handler.handleRequest(exchange);
        } else if (exchange.isInIoThread()) {
            exchange.dispatch(this);
        } else if (decided.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
            next.handleRequest(exchange);
        } else {
            unavailable(exchange, "the stub is still loading its pacts after " + MAX_WAIT_SECONDS + " s");
        }
    }

    private static void unavailable(HttpServerExchange exchange, String why) {
        exchange.setPersistent(false);
        Exchanges.sendJson(exchange, 503, Map.of("error", why));
    }
}
