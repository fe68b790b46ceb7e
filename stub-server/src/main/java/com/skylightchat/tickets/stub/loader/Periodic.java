package com.skylightchat.tickets.stub.loader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task every interval on one daemon thread, for polling pact sources ({@link PactWatcher}'s file checks, the
 * Pact Broker refresh). Fixed delay: a slow run (a broker near its timeout) never overlaps the next one. A run that
 * throws is logged and the next one runs as planned. {@link #close()} stops it and waits for a run in progress.
 */
public final class Periodic implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Periodic.class);

    private final String name;
    private final ScheduledExecutorService timer;

    /** @param name the thread's name, also what a failed run's log line names */
    public Periodic(String name, Duration interval, Runnable task) {
        this.name = name;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("{} failed: {}", name, e.getMessage());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops the timer and waits up to two seconds for a run in progress (interrupted) to end. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("{}: a run was still going 2 s after stopping; left to end on its own", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
