package com.skylightchat.tickets.stub.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads request bodies without blocking a thread and within three limits, so memory is bounded by configuration and
 * not by traffic:
 * <ul>
 *   <li>a body larger than {@link HttpSettings#maxBodyBytes()} gets 413 with the reason, whether its length is
 *       declared or it comes chunked, whatever its size. The excess is read and thrown away before the answer:
 *       answering while the client still sends would close a connection with unread bytes, which resets it, and
 *       the client would see the reset instead of the 413 (nginx's "lingering close" exists for the same reason).
 *       The body deadline below bounds how long that may take;</li>
 *   <li>a body that has not fully arrived after {@link HttpSettings#bodyTimeout()}, however slowly it trickles, has
 *       its connection closed;</li>
 *   <li>while {@link HttpSettings#maxInFlightBodyBytes()} are being received, further bodies get 503 with
 *       {@code Retry-After}.</li>
 * </ul>
 * Thread-safe.
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
        // What is kept in memory: the body, or for a chunked one the most it may grow to before it is refused.
        long reserved = length > 0 ? Math.min(length, settings.maxBodyBytes()) : settings.maxBodyBytes();
        if (inFlight.addAndGet(reserved) > settings.maxInFlightBodyBytes()) {
            inFlight.addAndGet(-reserved);
            exchange.setPersistent(false);
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
            refusal.refuse(exchange, 503, "more than " + settings.maxInFlightBodyBytes()
                    + " bytes of request bodies are being received; try again");
            return;
        }
        new Body(exchange, reserved).receive();
    }

    private String tooLarge() {
        return "request body larger than " + settings.maxBodyBytes() + " bytes";
    }

    /** One body on its way in: kept up to the limit, counted (and thrown away) beyond it. */
    private final class Body {
        private final HttpServerExchange exchange;
        private final long reserved;
        private XnioExecutor.Key deadline;
        private boolean finished;
        private ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long received;

        Body(HttpServerExchange exchange, long reserved) {
            this.exchange = exchange;
            this.reserved = reserved;
        }

        /**
         * Starts reading; on the I/O thread, like every callback, so no lock is needed. A body that has already
         * arrived with its headers (most of them) is taken at once, and only one still on its way gets a deadline.
         */
        void receive() {
            exchange.getRequestReceiver().receivePartialBytes(this::chunk, (ex, error) -> failed(error));
            if (!finished) {
                deadline = exchange.getIoThread().executeAfter(this::tooSlow, settings.bodyTimeout().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }

        private void chunk(HttpServerExchange ex, byte[] bytes, boolean last) {
            received += bytes.length;
            if (kept != null && received <= settings.maxBodyBytes()) {
                kept.write(bytes, 0, bytes.length);
            } else {
                kept = null; // too large: keep counting, stop keeping
            }
            if (last) {
                done();
                if (kept == null) {
                    exchange.setPersistent(false);
                    refusal.refuse(exchange, 413, tooLarge());
                } else {
                    complete.accept(exchange, kept.toByteArray());
                }
            }
        }

        private void failed(IOException error) {
            done();
            // A read timeout or a broken connection: nobody is left to answer, so just free the connection.
            IoUtils.safeClose(exchange.getConnection());
        }

        /** The body deadline passed: give its share of the in-flight budget back and cut the connection. */
        private void tooSlow() {
            deadline = null;
            done();
            IoUtils.safeClose(exchange.getConnection());
        }

        /** Once per body, however it ends: stops the deadline and gives the reserved bytes back. */
        private void done() {
            if (finished) {
                return;
            }
            finished = true;
            if (deadline != null) {
                deadline.remove();
            }
            inFlight.addAndGet(-reserved);
            exchange.getRequestReceiver().pause();
        }
    }
}
