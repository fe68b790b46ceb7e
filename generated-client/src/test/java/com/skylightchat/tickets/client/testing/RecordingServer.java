package com.skylightchat.tickets.client.testing;

import com.skylightchat.tickets.testsupport.Answer;
import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.testsupport.LoopbackHttpServer;
import com.skylightchat.tickets.testsupport.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provider for the client's tests: a {@link LoopbackHttpServer} that answers as told ({@link #willAnswer}), per
 * method and path (with or without the query), or with a sequence of answers given in turn
 * ({@link #willAnswerInTurn}), including {@linkplain Answer#droppedConnection() dropped connections}. Not a mock of
 * our code: the client under test talks real HTTP to it.
 */
public final class RecordingServer implements AutoCloseable {
    private static final String BASE_PATH = "/api/v1";

    private final Map<String, Answers> routes = new ConcurrentHashMap<>();
    private volatile Answers fallback = new Answers(List.of(
        CannedResponse.json(500, "{\"message\":\"no response set\"}")));
    private final LoopbackHttpServer server = LoopbackHttpServer.start(this::answer);

    private RecordingServer() {
    }

    public static RecordingServer start() {
        return new RecordingServer();
    }

    /** {@code http://127.0.0.1:<port>/api/v1}: the base URL the client is given. */
    public String baseUrl() {
        return server.url() + BASE_PATH;
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
        return server.requests();
    }

    /** The one request received so far; fails when there were none or several. */
    public RecordedRequest onlyRequest() {
        return server.onlyRequest();
    }

    /** The time between the arrivals of each two consecutive requests, in order. */
    public List<Duration> pausesBetweenRequests() {
        List<RecordedRequest> requests = server.requests();
        List<Duration> pauses = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            pauses.add(Duration.ofNanos(requests.get(i).receivedNanos() - requests.get(i - 1).receivedNanos()));
        }
        return pauses;
    }

    @Override
    public void close() {
        server.close();
    }

    private Answer answer(RecordedRequest request) {
        Answers route = routes.get(request.method() + " " + request.path()
            + (request.rawQuery() != null ? "?" + request.rawQuery() : ""));
        route = route != null ? route : routes.getOrDefault(request.method() + " " + request.path(), fallback);
        return route.next();
    }

    private static List<Answer> inTurn(Answer first, Answer... then) {
        List<Answer> all = new ArrayList<>(List.of(then));
        all.add(0, first);
        return all;
    }
}
