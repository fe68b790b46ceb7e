package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.http.Checks;

import java.time.Duration;
import java.util.Objects;

/**
 * The HTTP layer's options.
 *
 * @param host                 address to bind; {@code 0.0.0.0} binds every interface
 * @param port                 port to bind; 0 picks a free one
 * @param ioThreads            I/O threads; 0 means one per core (at least two)
 * @param maxBodyBytes         largest accepted request body (413 above)
 * @param maxHeaderBytes       largest accepted total of request header names and values (431 above)
 * @param readTimeout          longest wait for the next bytes of a request's headers or body
 * @param bodyTimeout          longest time a whole request body may take to arrive, however it trickles
 * @param idleTimeout          how long an idle keep-alive connection stays open
 * @param maxInFlightBodyBytes most body bytes being received at once, over all connections (503 above)
 * @param cors                 whether CORS pre-flights are answered and CORS headers added (never for admin paths)
 * @param gracePeriod          how long a stop waits for requests in flight before it stops anyway
 */
public record HttpSettings(String host, int port, int ioThreads, int maxBodyBytes, int maxHeaderBytes,
                           Duration readTimeout, Duration bodyTimeout, Duration idleTimeout,
                           long maxInFlightBodyBytes, boolean cors, Duration gracePeriod) {

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Checks.range("port", port, 0, 65535);
        Checks.range("ioThreads", ioThreads, 0, 1024);
        Checks.range("maxBodyBytes", maxBodyBytes, 1, Integer.MAX_VALUE);
        Checks.range("maxHeaderBytes", maxHeaderBytes, 256, 1 << 20);
        Checks.positive("readTimeout", readTimeout);
        Checks.positive("bodyTimeout", bodyTimeout);
        Checks.positive("idleTimeout", idleTimeout);
        Checks.positive("gracePeriod", gracePeriod);
        if (maxInFlightBodyBytes < maxBodyBytes) {
            throw new IllegalArgumentException("maxInFlightBodyBytes must be at least maxBodyBytes (" + maxBodyBytes
                    + "), was " + maxInFlightBodyBytes);
        }
    }

    /** Whether the bound host is a loopback address (the only safe default). */
    public boolean isLoopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
