package com.skylightchat.tickets.stub;

import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminGuard;
import com.skylightchat.tickets.stub.admin.AdminRoutes;
import com.skylightchat.tickets.stub.admin.HealthEndpoint;
import com.skylightchat.tickets.stub.admin.JournalEndpoint;
import com.skylightchat.tickets.stub.admin.JournalResetEndpoint;
import com.skylightchat.tickets.stub.faults.Faulting;
import com.skylightchat.tickets.stub.faults.Faults;
import com.skylightchat.tickets.stub.faults.FaultsEndpoints;
import com.skylightchat.tickets.stub.http.Responder;
import com.skylightchat.tickets.stub.journal.Journal;
import com.skylightchat.tickets.stub.journal.JournalEntry;
import com.skylightchat.tickets.stub.journal.Recording;
import com.skylightchat.tickets.stub.journal.RequestLog;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.loader.PactSources;
import com.skylightchat.tickets.stub.loader.StubInteraction;
import com.skylightchat.tickets.stub.matching.ContractBasePath;
import com.skylightchat.tickets.stub.replay.PactSet;
import com.skylightchat.tickets.stub.replay.ReplayMode;
import com.skylightchat.tickets.stub.server.StubHttpServer;
import com.skylightchat.tickets.stub.simulator.SimulatorMode;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A running stub. {@link #start(StubConfig)} builds the mode — replay (loads the pacts; a broken pact, or a Pact
 * Broker that cannot give the pacts, fails the start before anything is bound) or simulate (a fresh in-memory
 * simulator, {@link #simulator()}) — binds the listener and serves until {@link #close()}. It starts no threads of
 * its own beyond the HTTP layer's (and, with {@code watch}, one that polls the pact files; with a broker, the JDK
 * HTTP client's and, unless its refresh is zero, one that fetches again, keeping the pacts served when that fails).
 * In tests use port 0 and read {@link #port()} / {@link #apiBaseUrl()}.
 *
 * <pre>{@code
 * try (StubServer stub = StubServer.start(StubConfig.builder().port(0).build())) {
 *     URI api = stub.apiBaseUrl();   // http://127.0.0.1:<port>/api/v1
 *     ...
 *     List<JournalEntry> seen = stub.journal();
 * }
 * }</pre>
 * Thread-safe.
 */
public final class StubServer implements AutoCloseable {

    private final StubConfig config;
    private final ServedMode served;
    private final Journal journal;
    private final Faults faults;
    private final StubHttpServer http;
    private final List<AutoCloseable> pollers;
    private final String adminToken;

    private StubServer(StubConfig config, ServedMode served, Journal journal, Faults faults, StubHttpServer http,
                       List<AutoCloseable> pollers, String adminToken) {
        this.config = config;
        this.served = served;
        this.journal = journal;
        this.faults = faults;
        this.http = http;
        this.pollers = pollers;
        this.adminToken = adminToken;
    }

    /**
     * Replay mode: loads the pacts, binds the listener and starts serving them. Simulate mode: binds and serves a
     * fresh, empty simulator of its own.
     *
     * @throws PactLoadException        when a pact cannot be loaded (the message names the file or URL, and the
     *                                  problem)
     * @throws IllegalArgumentException when the spec (with spec validation on) cannot be loaded, or the default
     *                                  provider state is not one of the pacts' states
     * @throws RuntimeException         when the address cannot be bound
     */
    public static StubServer start(StubConfig config) {
        AtomicReference<StubHttpServer> bound = new AtomicReference<>();
        if (config.mode() == Mode.SIMULATE) {
            return serve(config, bound, new SimulatorServed(new SimulatorMode(config.simulator())));
        }
        PactSources sources = PactSources.of(config.pacts(), config.broker());
        LoadedPacts pacts = sources.get();
        return serve(config, bound, new ReplayServed(new ReplayMode(pacts, sources, config.replay(),
                () -> origin(bound, config))));
    }

    private static StubServer serve(StubConfig config, AtomicReference<StubHttpServer> bound, ServedMode mode) {
        Journal journal = new Journal(config.journal().size(), config.journal().maxBodyBytes());
        RequestLog log = new RequestLog(config.journal().requestLog());
        Faults faults = new Faults(config.faults(),
                () -> mode.pacts().interactions().stream().map(StubInteraction::description).toList());
        Responder api = new Recording(new Faulting(mode.responder(), faults), journal, log);
        String token = adminToken(config);
        Responder admin = api;
        if (config.admin().enabled()) {
            List<AdminEndpoint> endpoints = new ArrayList<>(List.of(new HealthEndpoint(mode::health, journal),
                    new JournalEndpoint(journal), new JournalResetEndpoint(journal)));
            endpoints.addAll(FaultsEndpoints.of(faults));
            endpoints.addAll(mode.adminEndpoints());
            admin = new AdminRoutes(new AdminGuard(config.isLoopback(), token,
                    () -> bound.get() == null ? config.port() : bound.get().port()), endpoints);
        }
        bound.set(StubHttpServer.start(config.http(), api, admin, log));
        try {
            return new StubServer(config, mode, journal, faults, bound.get(), mode.startPolling(config), token);
        } catch (RuntimeException e) {
            bound.get().close(); // a start that fails leaves nothing bound
            throw e;
        }
    }

    /** The bound server's origin; in the instant between listening and {@code start} returning, the configured one. */
    private static String origin(AtomicReference<StubHttpServer> bound, StubConfig config) {
        StubHttpServer server = bound.get();
        return server != null ? server.baseUrl().toString() : "http://" + config.host() + ":" + config.port();
    }

    /** The configured token; beyond loopback without one, a new random one (the admin API is never open there). */
    private static String adminToken(StubConfig config) {
        if (config.admin().token() != null || config.isLoopback() || !config.admin().enabled()) {
            return config.admin().token();
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
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
        return config;
    }

    /** The admin token in force ({@code null} for none): the configured one, or the one made up beyond loopback. */
    public String adminToken() {
        return adminToken;
    }

    /** Recent requests, oldest first; at most the configured journal size. */
    public List<JournalEntry> journal() {
        return journal.entries();
    }

    /**
     * The requests no interaction matched since the journal was last reset (the ones that are not in the contract),
     * oldest first; kept apart from the ring of recent requests, so later matched ones never push them out.
     */
    public List<JournalEntry> unmatched() {
        return journal.unmatched();
    }

    /** How many requests matched nothing since the journal was last reset (beyond the journal size too). */
    public long unmatchedCount() {
        return journal.unmatchedCount();
    }

    public void resetJournal() {
        journal.reset();
    }

    /** What answers the API: the pacts or the simulator. */
    public Mode mode() {
        return config.mode();
    }

    /**
     * The simulator, to seed data, answer as the support team or reset, in a test that runs the stub in-process.
     *
     * @throws IllegalStateException in replay mode
     */
    public SimulatorMode simulator() {
        return served.simulator();
    }

    /** Number of HTTP interactions currently served (0 when simulating). */
    public int interactionCount() {
        return pacts().interactions().size();
    }

    /** Number of pact files currently served (0 when simulating). */
    public int pactCount() {
        return pacts().sources().size();
    }

    /** The pact set currently served (none when simulating). */
    public LoadedPacts pacts() {
        return served.pacts();
    }

    /**
     * Sets up a provider state, as the state-change endpoint would: in replay mode selects it for everybody, in
     * simulate mode seeds its data. Unknown names are rejected ({@link IllegalArgumentException}).
     */
    public void providerState(String name, Map<String, Object> params) {
        served.setUpState(name, params);
    }

    /**
     * Clears every state selected through {@link #providerState} or the state-change endpoint; in simulate mode,
     * as a teardown there does, resets the simulator's data.
     */
    public void clearProviderState() {
        served.clearStates();
    }

    /** The faults injected into this stub's answers; add or clear them at any time. */
    public Faults faults() {
        return faults;
    }

    /**
     * Loads the pacts again (files, broker); a broken source keeps the current set and the result says why
     * (simulating: there are no pacts).
     */
    public PactSet.ReloadResult reload() {
        return served.reload();
    }

    /**
     * Stops: no new requests; those in flight finish within the grace period; the listener stops; then the pact
     * polling stops (waiting briefly for a reload in progress, which no request can see any more).
     */
    @Override
    public void close() {
        http.close();
        for (AutoCloseable poller : pollers) {
            try {
                poller.close();
            } catch (Exception e) {
                // one poller that fails to stop must not keep the others running
            }
        }
    }
}
