package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.http.Fault;
import com.skylightchat.tickets.stub.http.StubResponse;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;
import org.xnio.IoUtils;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Puts a {@link StubResponse} on the wire, carrying out its {@link Fault}: a delay is a timer on the connection's I/O
 * thread (no thread sleeps), a drop closes the connection without an answer. Stateless.
 */
final class Replies {


    private Replies() {
    }

    static void send(HttpServerExchange exchange, StubResponse response) {
        Fault fault = response.fault();
        if (fault.isNone()) {
            write(exchange, response);
        } else if (fault.delay().isZero()) {
            IoUtils.safeClose(exchange.getConnection());
        } else {
            // Held in async mode until the timer fires on the connection's own I/O thread.
            exchange.dispatch(SameThreadExecutor.INSTANCE, () -> exchange.getIoThread().executeAfter(
                    () -> send(exchange, response.withFault(new Fault(Duration.ZERO, fault.drop()))),
                    fault.delay().toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    private static void write(HttpServerExchange exchange, StubResponse response) {
        exchange.setStatusCode(response.status());
        for (Map.Entry<String, String> header : response.headers()) {
            exchange.getResponseHeaders().add(HttpString.tryFromString(header.getKey()), header.getValue());
        }
        exchange.getResponseSender().send(ByteBuffer.wrap(response.body()));
    }
}
