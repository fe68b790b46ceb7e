package com.skylightchat.tickets.stub;

import au.com.dius.pact.core.matchers.RequestMatching;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.OptionalBody;
import com.skylightchat.tickets.stub.loader.EmbeddedPacts;
import com.skylightchat.tickets.stub.server.StubHttpServer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * Start-up tuning, kept apart from {@link StubServer}'s API: loads the expensive classes on background threads —
 * Pact JVM's model (its content-type registry parses Apache Tika's MIME database) and matchers, and the HTTP
 * layer — so that start-up uses both cores while the caller parses options and the pacts load. Only an
 * optimisation: the same work happens on first use. Idempotent; {@code -Dstub.noPreload=true} turns it off (for
 * measuring).
 */
public final class StartupPreload {
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CountDownLatch LOGGING_READY = new CountDownLatch(1);

    private StartupPreload() {
    }

    /**
     * Starts the preload once. With {@code embeddedPacts} it also loads the embedded pacts ahead on the same
     * background thread (for the CLI, which calls this before parsing its options: the next
     * {@link StubServer#start} without pact files takes that result instead of loading again).
     */
    public static void start(boolean embeddedPacts) {
        if (Boolean.getBoolean("stub.noPreload") || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Runnable pacts = embeddedPacts ? EmbeddedPacts.loadAhead() : () -> { };
        inBackground("stub-preload-pact", () -> {
            // Both preload threads log: SLF4J initialises first, on this thread, since two threads racing
            // through its initialisation make it print a "replayed logging calls" warning.
            try {
                LoggerFactory.getILoggerFactory();
            } finally {
                LOGGING_READY.countDown();
            }
            inBackground("stub-preload-http", StubHttpServer::preload);
            ContentType json = new ContentType("application/json");
            json.isBinaryType();
            OptionalBody.body(new byte[] {'{', '}'}, json);
            pacts.run();
            RequestMatching.Companion.getClass();
        });
    }

    /**
     * Waits until the preload thread has initialised SLF4J (at most 5 s; at once when no preload runs). A thread
     * that logs while another one is still initialising SLF4J gets stand-in loggers, and SLF4J then prints a
     * "logging calls ... replayed" warning on stderr: {@link StubServer#start} calls this before it logs.
     */
    static void awaitLogging() {
        if (!STARTED.get()) {
            return;
        }
        try {
            LOGGING_READY.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code task} on a daemon thread; a failure is ignored, since the same work happens on first use. */
    static void inBackground(String name, Runnable task) {
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } catch (RuntimeException | LinkageError e) {
                // Only an optimisation: the same work happens on first use.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
