package com.skylightchat.tickets.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A real HTTP provider for the client's tests: the JDK's {@link HttpServer} bound to 127.0.0.1 on a free port
 * (port 0). It records every request and answers each with the one {@link CannedResponse} it was told to give
 * ({@link #willAnswer}), or per method and path. Not a mock of our code: the client under test talks real HTTP to it.
 */
public final class RecordingServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, CannedResponse> routes = new ConcurrentHashMap<>();
    private volatile CannedResponse response = CannedResponse.json(500, "{\"message\":\"no response set\"}");

    private RecordingServer(HttpServer server) {
        this.server = server;
    }

    public static RecordingServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RecordingServer recording = new RecordingServer(server);
            server.createContext("/", recording::handle);
            server.setExecutor(recording.executor);
            server.start();
            return recording;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test provider", e);
        }
    }

    /** {@code http://127.0.0.1:<port>/api/v1}: the base URL the client is given. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
    }

    /** Answers every request without a route of its own with {@code response}. */
    public void willAnswer(CannedResponse response) {
        this.response = response;
    }

    /** Answers {@code method} on {@code path} (relative to the base URL, e.g. {@code /tickets/14}). */
    public void willAnswer(String method, String path, CannedResponse response) {
        routes.put(method + " /api/v1" + path, response);
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The one request received so far; fails when there were none or several. */
    public RecordedRequest onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("Expected exactly one request, got " + requests);
        }
        return requests.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body));
            CannedResponse answer = routes.getOrDefault(
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath(), response);
            pause(answer);
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private static void pause(CannedResponse answer) {
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                // close() interrupts a delayed answer: nobody waits for it any more.
                Thread.currentThread().interrupt();
            }
        }
    }
}
