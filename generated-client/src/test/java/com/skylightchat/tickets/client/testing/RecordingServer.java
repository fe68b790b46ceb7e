package com.skylightchat.tickets.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * (port 0). It records every request and answers it as told ({@link #willAnswer}), per method and path (with or
 * without the query), or with a sequence of answers given in turn ({@link #willAnswerInTurn}), including
 * {@linkplain Answer#droppedConnection() dropped connections}. Not a mock of our code: the client under test talks
 * real HTTP to it.
 */
public final class RecordingServer implements AutoCloseable {
    private static final String BASE_PATH = "/api/v1";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Answers> routes = new ConcurrentHashMap<>();
    private volatile Answers fallback = new Answers(List.of(
        CannedResponse.json(500, "{\"message\":\"no response set\"}")));

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
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
    }

    /** Answers every request without a route of its own with {@code answer}. */
    public void willAnswer(Answer answer) {
        willAnswerInTurn(answer);
    }

    /** Answers requests without a route of their own with these answers in turn, then with the last one. */
    public void willAnswerInTurn(Answer first, Answer... then) {
        this.fallback = new Answers(inTurn(first, then));
    }

    /**
     * Answers {@code method} on {@code path}: relative to the base URL, e.g. {@code /tickets/14}, or with the exact
     * raw query, e.g. {@code /tickets?page=2}, which takes precedence over the same path without one.
     */
    public void willAnswer(String method, String path, Answer answer) {
        willAnswerInTurn(method, path, answer);
    }

    /** Like {@link #willAnswer(String, String, Answer)}, with these answers in turn, then the last one. */
    public void willAnswerInTurn(String method, String path, Answer first, Answer... then) {
        routes.put(method + " " + BASE_PATH + path, new Answers(inTurn(first, then)));
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

    /** The time between the arrivals of each two consecutive requests, in order. */
    public List<Duration> pausesBetweenRequests() {
        List<Duration> pauses = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            pauses.add(Duration.ofNanos(requests.get(i).receivedNanos() - requests.get(i - 1).receivedNanos()));
        }
        return pauses;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        // Closing the exchange before any response headers were sent closes the connection without an answer.
        try (exchange) {
            RecordedRequest request = record(exchange);
            Answers route = routes.get(request.method() + " " + request.path()
                + (request.rawQuery() != null ? "?" + request.rawQuery() : ""));
            route = route != null ? route : routes.getOrDefault(request.method() + " " + request.path(), fallback);
            if (route.next() instanceof CannedResponse answer) {
                send(exchange, answer);
            }
        }
    }

    private RecordedRequest record(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
            headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers, body, received);
        requests.add(request);
        return request;
    }

    private static void send(HttpExchange exchange, CannedResponse answer) throws IOException {
        pause(answer.delay());
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

    private static List<Answer> inTurn(Answer first, Answer... then) {
        List<Answer> all = new ArrayList<>(List.of(then));
        all.add(0, first);
        return all;
    }

    private static void pause(Duration delay) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                // close() interrupts a delayed answer: nobody waits for it any more.
                Thread.currentThread().interrupt();
            }
        }
    }
}
