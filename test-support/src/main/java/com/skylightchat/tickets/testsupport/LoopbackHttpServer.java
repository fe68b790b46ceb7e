package com.skylightchat.tickets.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP server for tests: the JDK's {@link HttpServer} on 127.0.0.1, port 0 (a free one), plain or over TLS. It
 * records every request and answers each with what its {@link Responder} says — a {@link CannedResponse}, possibly
 * delayed, or a {@linkplain Answer#droppedConnection() dropped connection}. It can {@link #stop()} (connections are
 * refused) and {@link #restart()} on the same port, as a provider or broker that goes down and comes back. Every
 * fake provider and broker of the toolkit's tests is a {@link Responder} on top of this one class. Thread-safe.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    private final Responder responder;
    private final SSLContext tls;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final int port;
    private HttpServer server;
    private ExecutorService executor;

    private LoopbackHttpServer(Responder responder, SSLContext tls) {
        this.responder = responder;
        this.tls = tls;
        bind(0);
        this.port = server.getAddress().getPort();
    }

    /** A plain HTTP server answering with {@code responder}. */
    public static LoopbackHttpServer start(Responder responder) {
        return new LoopbackHttpServer(responder, null);
    }

    /** The same over https, presenting the certificate of {@code tls}. */
    public static LoopbackHttpServer startTls(SSLContext tls, Responder responder) {
        return new LoopbackHttpServer(responder, tls);
    }

    /** {@code http://127.0.0.1:<port>} (https with TLS), no trailing slash. */
    public String url() {
        return (tls == null ? "http" : "https") + "://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Every request received so far, in the order they arrived. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The one request received so far; fails when there were none or several. */
    public RecordedRequest onlyRequest() {
        List<RecordedRequest> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("Expected exactly one request, got " + all);
        }
        return all.get(0);
    }

    /** Closes the port (connections are refused) and interrupts delayed answers. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** Listens again on the same port. */
    public synchronized void restart() {
        if (server == null) {
            bind(port);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void bind(int at) {
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), at);
            HttpServer bound;
            if (tls == null) {
                bound = HttpServer.create(address, 0);
            } else {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                bound = https;
            }
            executor = Executors.newCachedThreadPool();
            bound.setExecutor(executor);
            bound.createContext("/", this::handle);
            bound.start();
            server = bound;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + at, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        // Closing the exchange before any response headers were sent closes the connection without an answer.
        try (exchange) {
            RecordedRequest request = record(exchange);
            Answer answer;
            try {
                answer = responder.answer(request);
            } catch (RuntimeException | AssertionError e) {
                answer = CannedResponse.text(500, "text/plain", "the test's responder failed: " + e);
            }
            if (answer instanceof CannedResponse canned) {
                send(exchange, canned);
            }
        }
    }

    private RecordedRequest record(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers,
                new String(body, StandardCharsets.UTF_8), received);
        requests.add(request);
        return request;
    }

    private static void send(HttpExchange exchange, CannedResponse answer) throws IOException {
        if (!pause(answer.delay())) {
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        }
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Waits {@code delay}; false when {@link #stop()} interrupted the wait: nobody waits for that answer any more. */
    private static boolean pause(Duration delay) {
        if (delay.isZero()) {
            return true;
        }
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
