package com.skylightchat.tickets.stub;

import com.skylightchat.tickets.stub.loader.EmbeddedPacts;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.loader.PactLoadException;
import com.skylightchat.tickets.stub.loader.PactLoader;
import com.skylightchat.tickets.stub.loader.PactWatcher;
import com.skylightchat.tickets.stub.matching.SpecViolations;
import com.skylightchat.tickets.stub.server.StubContext;
import com.skylightchat.tickets.stub.server.StubHttpServer;

import java.net.URI;
import java.util.List;

/**
 * A running stub: loads the pacts, binds the HTTP listener and serves until {@link #close()}. Start it with
 * {@link #start(StubConfig)}; in tests use port 0 and read {@link #port()} / {@link #baseUrl()}.
 *
 * <pre>{@code
 * try (StubServer stub = StubServer.start(StubConfig.builder().port(0).build())) {
 *     URI base = stub.baseUrl();   // http://127.0.0.1:<port>
 *     ...
 *     List<JournalEntry> seen = stub.journal();
 * }
 * }</pre>
 * Thread-safe.
 */
public final class StubServer implements AutoCloseable {

    private static final int WARM_UP_INTERACTIONS = 64;
    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private final StubContext context;
    private final StubHttpServer http;
    private final PactWatcher watcher;

    private StubServer(StubContext context, StubHttpServer http, PactWatcher watcher) {
        this.context = context;
        this.http = http;
        this.watcher = watcher;
    }

    /**
     * Loads the pacts and starts serving.
     *
     * @throws PactLoadException        when a pact cannot be loaded (the message names the file and the problem)
     * @throws IllegalArgumentException when the spec (with spec validation on) cannot be loaded, or the default
     *                                  provider state is not one of the pacts' states
     * @throws RuntimeException         when the address cannot be bound
     */
    public static StubServer start(StubConfig config) {
        preload();
        LoadedPacts pacts = PactLoader.load(config.pacts());
        SpecViolations spec = config.specValidation() ? SpecViolations.load(config.spec()) : null;
        if (config.providerState() != null && !pacts.knownStates().contains(config.providerState())) {
            throw new IllegalArgumentException("unknown provider state '" + config.providerState() + "'; known: "
                    + pacts.knownStates());
        }
        StubContext context = new StubContext(config, pacts, () -> PactLoader.load(config.pacts()), spec);
        StubHttpServer http = new StubHttpServer(context);
        // After binding, not before: the warm-up initialises body matching (Kotlin reflection, Jackson, ~0.3 s of
        // CPU) that a first request without a body does not need; on two cores it would delay the listener.
        background("stub-warm-up", () -> context.served().matcher().warmUp(WARM_UP_INTERACTIONS));
        PactWatcher watcher = config.watch() && !config.pacts().isEmpty()
                ? new PactWatcher(config.pacts(), config.watchInterval(), context::reload) : null;
        return new StubServer(context, http, watcher);
    }

    /**
     * Starts loading the expensive classes on background threads: Pact JVM's model (its content-type registry
     * parses Apache Tika's MIME database, ~0.4 s) and matchers, and the HTTP layer. Start-up then uses both cores
     * while the caller parses options and the pacts load. Idempotent; called by {@link #start} and, earlier, by the
     * CLI's {@code main}. {@code -Dstub.noPreload=true} turns it off (for measuring).
     */
    public static void preload() {
        preload(false);
    }

    /**
     * {@link #preload()}, and with {@code embeddedPacts} also loads the embedded pacts ahead on the same
     * background thread (for the CLI, which calls this before parsing its options: the next {@link #start} without
     * pact files takes that result instead of loading again).
     */
    public static void preload(boolean embeddedPacts) {
        if (!Boolean.getBoolean("stub.noPreload") && PRELOADED.compareAndSet(false, true)) {
            Runnable pacts = embeddedPacts ? EmbeddedPacts.loadAhead() : () -> { };
            background("stub-preload-pact", () -> {
                // Both preload threads log: SLF4J initialises first, on this thread, since two threads racing
                // through its initialisation make it print a "replayed logging calls" warning.
                org.slf4j.LoggerFactory.getILoggerFactory();
                background("stub-preload-http", StubHttpServer::preload);
                new au.com.dius.pact.core.model.ContentType("application/json").isBinaryType();
                au.com.dius.pact.core.model.OptionalBody.body(new byte[] {'{', '}'},
                        new au.com.dius.pact.core.model.ContentType("application/json"));
                pacts.run();
                au.com.dius.pact.core.matchers.RequestMatching.Companion.getClass();
            });
        }
    }

    private static void background(String name, Runnable task) {
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

    /** {@code http://host:port}, without a trailing slash. */
    public URI baseUrl() {
        return http.baseUrl();
    }

    public int port() {
        return http.port();
    }

    public StubConfig config() {
        return context.config();
    }

    /** Recent requests, oldest first; at most {@link StubConfig#journalSize()}. */
    public List<JournalEntry> journal() {
        return context.journal().entries();
    }

    public void resetJournal() {
        context.journal().reset();
    }

    /** Number of HTTP interactions currently served. */
    public int interactionCount() {
        return context.served().pacts().interactions().size();
    }

    /** Number of pact files currently served. */
    public int pactCount() {
        return context.served().pacts().sources().size();
    }

    /** The pact set currently served. */
    public LoadedPacts pacts() {
        return context.served().pacts();
    }

    /** Selects a provider state as the state-change endpoint would (unknown names are rejected). */
    public void providerState(String name, java.util.Map<String, Object> params) {
        if (!context.served().knownStates().contains(name)) {
            throw new IllegalArgumentException("unknown provider state '" + name + "'; known: "
                    + context.served().knownStates().stream().sorted().toList());
        }
        context.states().setup(name, params);
    }

    /** Clears the state selected through {@link #providerState} or the state-change endpoint. */
    public void clearProviderState() {
        context.states().teardown(null);
    }

    /** Reloads the pact files; a broken file keeps the current set and the result says why. */
    public StubContext.ReloadResult reload() {
        return context.reload();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        http.close();
    }
}
