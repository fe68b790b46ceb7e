package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.StubConfig;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import org.xnio.Options;

import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The Undertow HTTP/1.1 listener of one stub. Binds {@link StubConfig#host()} (loopback by default) when
 * constructed — before the pacts are loaded, so that Undertow's start and the pact reading use both cores — and
 * answers once {@link #serve(StubContext)} hands it the loaded stub (earlier requests wait, see
 * {@link StartupGate}). Port 0 picks a free port, read back with {@link #port()}. Limits and timeouts come from the config: body size (413), header
 * size (413 and 431, checked by {@link RootHandler} so the client gets those statuses rather than Undertow's
 * generic 400; Undertow's own header cap sits above the configured one), request-parse and read
 * timeouts (a slow client cannot hold a connection forever), idle keep-alive timeout.
 */
public final class StubHttpServer implements AutoCloseable {

    private final StartupGate gate = new StartupGate();
    private final Undertow undertow;
    private final int port;
    private final URI baseUrl;

    /** Binds and starts listening; requests wait for {@link #serve(StubContext)}. */
    public StubHttpServer(StubConfig config) {
        int cores = Runtime.getRuntime().availableProcessors();
        int readMillis = (int) config.readTimeout().toMillis();
        undertow = Undertow.builder()
                .addHttpListener(config.port(), config.host())
                .setIoThreads(config.ioThreads() > 0 ? config.ioThreads() : Math.max(2, cores))
                .setWorkerThreads(4)
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, Math.max(4 * config.maxHeaderBytes(), 64 * 1024))
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, readMillis)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, (int) config.idleTimeout().toMillis())
                .setSocketOption(Options.READ_TIMEOUT, readMillis)
                .setHandler(gate)
                .build();
        undertow.start();
        InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        port = address.getPort();
        String host = config.host().contains(":") && !config.host().startsWith("[")
                ? "[" + config.host() + "]" : config.host();
        String callable = host.equals("0.0.0.0") ? "127.0.0.1" : host.equals("[::]") ? "[::1]" : host;
        baseUrl = URI.create("http://" + callable + ":" + port);
    }

    /** Starts answering with the loaded stub (its config must be the one this server was bound with). */
    public void serve(StubContext context) {
        context.baseUrl(baseUrl.toString());
        gate.open(new RootHandler(context));
    }

    /**
     * Loads and initialises the HTTP layer's classes (Undertow, XNIO, the platform MBean server XNIO registers
     * with) so that a later {@link #StubHttpServer(StubConfig)} on another thread finds them ready.
     */
    public static void preload() {
        try {
            Class.forName("io.undertow.Undertow");
            Class.forName("org.xnio.nio.NioXnioProvider");
            Class.forName("io.undertow.server.protocol.http.HttpOpenListener");
        } catch (ClassNotFoundException e) {
            return;
        }
        java.lang.management.ManagementFactory.getPlatformMBeanServer();
    }

    public int port() {
        return port;
    }

    /** The URL clients on this machine use (for a wildcard bind, the loopback address). */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Stops listening; requests still waiting for {@link #serve} get a 503. */
    @Override
    public void close() {
        gate.fail("the stub stopped before it finished starting");
        undertow.stop();
    }
}
