package com.skylightchat.tickets.stub;

import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.stub.loader.PactLoader;
import com.skylightchat.tickets.stub.loader.PactWatcher;
import com.skylightchat.tickets.stub.matching.ContractBasePath;
import com.skylightchat.tickets.stub.matching.SpecViolations;
import com.skylightchat.tickets.stub.server.StubContext;
import com.skylightchat.tickets.stub.server.StubHttpServer;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A running stub: binds the HTTP listener, loads the pacts and serves until {@link #close()}. Start it with
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
        StartupPreload.start(false);
        StartupPreload.awaitLogging();
        // Bound first: Undertow starts on this thread while the preload thread is still reading the pacts.
        StubHttpServer http = new StubHttpServer(config);
        StubContext context;
        try {
            context = loadedStub(config);
            http.serve(context);
        } catch (RuntimeException | Error e) {
            http.close();
            throw e;
        }
        // After binding, not before: the warm-up initialises body matching (Kotlin reflection, Jackson, ~0.3 s of
        // CPU) that a first request without a body does not need; on two cores it would delay the listener.
        StartupPreload.inBackground("stub-warm-up",
                () -> context.served().matcher().warmUp(WARM_UP_INTERACTIONS));
        PactWatcher watcher = config.watch() && !config.pacts().isEmpty()
                ? new PactWatcher(config.pacts(), config.watchInterval(), context::reload) : null;
        return new StubServer(context, http, watcher);
    }

    private static StubContext loadedStub(StubConfig config) {
        LoadedPacts pacts = PactLoader.load(config.pacts());
        SpecViolations spec = config.specValidation() ? SpecViolations.load(config.spec()) : null;
        StubContext context = new StubContext(config, pacts, () -> PactLoader.load(config.pacts()), spec);
        if (config.providerState() != null && !context.served().knows(config.providerState())) {
            throw context.served().unknownState(config.providerState());
        }
        return context;
    }

    /** {@code http://host:port}, without a trailing slash: the server; admin endpoints are under {@code /__stub/}. */
    public URI baseUrl() {
        return http.baseUrl();
    }

    /**
     * Where the API lives on this server, {@code http://host:port/api/v1}: give it to a client the way you would give
     * it {@code https://dashboard.skylightchat.com/api/v1} — only the origin differs.
     */
    public URI apiBaseUrl() {
        return URI.create(http.baseUrl() + ContractBasePath.get());
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
    public void providerState(String name, Map<String, Object> params) {
        if (!context.served().knows(name)) {
            throw context.served().unknownState(name);
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
