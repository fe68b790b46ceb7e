package com.skylightchat.tickets.stub.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads request bodies without blocking a thread and within three limits, so memory is bounded by configuration and
 * not by traffic: a body larger than {@link HttpSettings#maxBodyBytes()} gets 413, whether its length is declared or
 * it comes chunked; a body that has not fully arrived after {@link HttpSettings#bodyTimeout()}, however slowly it
 * trickles, has its connection closed; and while {@link HttpSettings#maxInFlightBodyBytes()} are already being
 * received, further bodies get 503 with {@code Retry-After}. Thread-safe.
 */
final class BodyReader {

    /** What to do with a complete body (on the I/O thread). */
    interface Complete {
        void accept(HttpServerExchange exchange, byte[] body);
    }

    /** How to refuse a request. */
    interface Refusal {
        void refuse(HttpServerExchange exchange, int status, String why);
    }

    private static final byte[] NO_BODY = new byte[0];

    private final HttpSettings settings;
    private final Complete complete;
    private final Refusal refusal;
    private final AtomicLong inFlight = new AtomicLong();

    BodyReader(HttpSettings settings, Complete complete, Refusal refusal) {
        this.settings = settings;
        this.complete = complete;
        this.refusal = refusal;
    }

    void read(HttpServerExchange exchange) {
        long length = exchange.getRequestContentLength();
        if (exchange.isRequestComplete() || length == 0) {
            complete.accept(exchange, NO_BODY);
            return;
        }
        if (length > settings.maxBodyBytes()) {
            exchange.setPersistent(false);
            refusal.refuse(exchange, 413, tooLarge());
            return;
        }
        // A chunked body has no length up front: reserve the most it may grow to.
        long reserved = length > 0 ? length : settings.maxBodyBytes();
        if (inFlight.addAndGet(reserved) > settings.maxInFlightBodyBytes()) {
            inFlight.addAndGet(-reserved);
            exchange.setPersistent(false);
            exchange.getResponseHeaders().put(io.undertow.util.Headers.RETRY_AFTER, "1");
            refusal.refuse(exchange, 503, "more than " + settings.maxInFlightBodyBytes()
                    + " bytes of request bodies are being received; try again");
            return;
        }
        XnioExecutor.Key deadline = exchange.getIoThread().executeAfter(() -> IoUtils.safeClose(
                exchange.getConnection()), settings.bodyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        exchange.setMaxEntitySize(settings.maxBodyBytes());
        exchange.getRequestReceiver().receiveFullBytes((ex, bytes) -> {
            deadline.remove();
            inFlight.addAndGet(-reserved);
            complete.accept(ex, bytes);
        }, (ex, error) -> {
            deadline.remove();
            inFlight.addAndGet(-reserved);
            failed(ex, error);
        });
    }

    private void failed(HttpServerExchange exchange, IOException error) {
        exchange.setPersistent(false);
        if (error instanceof RequestTooBigException) {
            refusal.refuse(exchange, 413, tooLarge());
        } else {
            // A read timeout or a broken connection: nobody is left to answer, so just free the connection.
            IoUtils.safeClose(exchange.getConnection());
        }
    }

    private String tooLarge() {
        return "request body larger than " + settings.maxBodyBytes() + " bytes";
    }
}
