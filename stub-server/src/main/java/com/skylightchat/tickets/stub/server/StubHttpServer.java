package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.http.Responder;
import com.skylightchat.tickets.stub.journal.RequestLog;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.GracefulShutdownHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.Options;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;

/**
 * The Undertow HTTP/1.1 listener of one stub: binds {@link HttpSettings#host()} (loopback by default) and answers
 * with the given responders, API paths with one, admin paths with the other. Port 0 picks a free port, read back
 * with {@link #port()}. Limits and timeouts come from the settings: header size (431), body size (413), the time a
 * body may take, request-parse and read timeouts (a slow client cannot hold a connection forever), idle keep-alive
 * timeout. {@link #close()} stops accepting, lets requests in flight finish within the grace period, then stops
 * whatever the workers are doing. Thread-safe.
 */
public final class StubHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StubHttpServer.class);

    private final Undertow undertow;
    private final GracefulShutdownHandler graceful;
    private final Duration gracePeriod;
    private final int port;
    private final URI baseUrl;

    private StubHttpServer(HttpSettings settings, Responder api, Responder admin, RequestLog log) {
        int cores = Runtime.getRuntime().availableProcessors();
        int ioThreads = settings.ioThreads() > 0 ? settings.ioThreads() : Math.max(2, cores);
        int readMillis = (int) settings.readTimeout().toMillis();
        gracePeriod = settings.gracePeriod();
        graceful = new GracefulShutdownHandler(new RootHandler(settings, api, admin, log));
        undertow = Undertow.builder()
                .addHttpListener(settings.port(), settings.host())
                .setIoThreads(ioThreads)
                .setWorkerThreads(Math.max(8, 4 * ioThreads))
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, Math.max(4 * settings.maxHeaderBytes(), 64 * 1024))
                // Undertow's own cap (2 MiB) would answer a larger body with an empty 400 before the stub sees it;
                // the BodyReader enforces the stub's limit with a 413 that says why, whatever the length.
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, readMillis)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, (int) settings.idleTimeout().toMillis())
                .setSocketOption(Options.READ_TIMEOUT, readMillis)
                .setHandler(graceful)
                .build();
        undertow.start();
        InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        port = address.getPort();
        String host = settings.host().contains(":") && !settings.host().startsWith("[")
                ? "[" + settings.host() + "]" : settings.host();
        String callable = host.equals("0.0.0.0") ? "127.0.0.1" : host.equals("[::]") ? "[::1]" : host;
        baseUrl = URI.create("http://" + callable + ":" + port);
    }

    /**
     * Binds and starts answering: API paths with {@code api}, paths under {@code /__stub} with {@code admin}.
     *
     * @param log where refusals by the HTTP layer itself (405, 413, 431, 503) are logged
     */
    public static StubHttpServer start(HttpSettings settings, Responder api, Responder admin, RequestLog log) {
        return new StubHttpServer(settings, api, admin, log);
    }

    public int port() {
        return port;
    }

    /** The URL clients on this machine use (for a wildcard bind, the loopback address). */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Stops accepting, waits up to the grace period for the requests in flight, then stops the listener and its
     * threads; a listener that does not stop within two more seconds (a worker stuck in some call) is left to die
     * with the JVM.
     */
    @Override
    public void close() {
        graceful.shutdown();
        try {
            if (!graceful.awaitShutdown(gracePeriod.toMillis())) {
                LOG.warn("Stopping with requests still in flight after the {} ms grace period",
                        gracePeriod.toMillis());
            }
            Thread stopper = new Thread(undertow::stop, "stub-stop");
            stopper.setDaemon(true);
            stopper.start();
            stopper.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
