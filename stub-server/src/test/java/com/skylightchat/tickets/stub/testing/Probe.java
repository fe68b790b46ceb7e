package com.skylightchat.tickets.stub.testing;

import com.skylightchat.tickets.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a good question (the keyed GET of ticket 14) over and over on its own thread while a test attacks the stub, and
 * keeps every answer's status and time: the proof that an attack does not take the stub from its other clients.
 */
public final class Probe implements AutoCloseable {

    /** One answer to the good question. */
    public record Answer(int status, Duration time) {
    }

    private final Http http;
    private final List<Answer> answers = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private Probe(Http http) {
        this.http = http;
        this.thread = new Thread(this::loop, "probe");
        thread.setDaemon(true);
        thread.start();
    }

    public static Probe start(Http http) {
        return new Probe(http);
    }

    private void loop() {
        while (running.get()) {
            long start = System.nanoTime();
            int status;
            try {
                HttpResponse<String> response = http.get("/api/v1/tickets/14", "X-Api-Key", Fixtures.API_KEY,
                        "X-Pact-Provider-State", Fixtures.ANSWERED);
                status = response.statusCode();
            } catch (RuntimeException e) {
                status = -1;
            }
            synchronized (answers) {
                answers.add(new Answer(status, Duration.ofNanos(System.nanoTime() - start)));
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops probing and returns every answer, in order. */
    public List<Answer> stop() {
        running.set(false);
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    /** The slowest answer but the slowest 1 %. */
    public static Duration p99(List<Answer> answers) {
        List<Duration> times = answers.stream().map(Answer::time).sorted().toList();
        return times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.99) - 1));
    }

    @Override
    public void close() {
        stop();
    }
}
