package com.skylightchat.tickets.stub.testing;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.stub.journal.JournalEntry;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.faults.Faults;
import com.skylightchat.tickets.stub.simulator.SimulatorMode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stub a test runs against: where it listens, a client for it, and the requests it received since the current
 * test started (the extension empties the journal before each test). Injected into test and lifecycle methods;
 * also returned by {@link TicketsStubExtension#info()}. Thread-safe.
 */
public final class TicketsStubInfo {
    private final StubServer server;
    private final String apiKey;
    private final TicketsClient client;
    private final Duration startupTime;

    TicketsStubInfo(StubServer server, String apiKey, Duration startupTime) {
        this.server = server;
        this.apiKey = apiKey;
        this.startupTime = startupTime;
        this.client = client(apiKey);
    }

    /**
     * The base URL to give a client, e.g. {@code http://127.0.0.1:41234/api/v1}: the stub's origin plus the API's base
     * path, as production's is {@code https://dashboard.skylightchat.com/api/v1}.
     */
    public URI baseUrl() {
        return server.apiBaseUrl();
    }

    /** The stub's origin, e.g. {@code http://127.0.0.1:41234}; its admin endpoints are under {@code /__stub/}. */
    public URI origin() {
        return server.baseUrl();
    }

    /** The random loopback port the stub listens on. */
    public int port() {
        return server.port();
    }

    /** The {@code X-Api-Key} {@link #client()} sends. */
    public String apiKey() {
        return apiKey;
    }

    /** A client pointed at the stub that sends {@link #apiKey()}. */
    public TicketsClient client() {
        return client;
    }

    /** A new client pointed at the stub that sends another key, e.g. to see how a wrong key is answered. */
    public TicketsClient client(String otherApiKey) {
        return TicketsClient.builder().baseUrl(baseUrl()).apiKey(otherApiKey).build();
    }

    /** Every request the stub received since the current test started, oldest first. */
    public List<JournalEntry> requests() {
        return server.journal();
    }

    /**
     * The received requests with this method (any case) and path as received, e.g.
     * {@code requests("GET", "/api/v1/tickets/14")}.
     */
    public List<JournalEntry> requests(String method, String path) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        return requests().stream().filter(e -> e.method().equalsIgnoreCase(method) && e.path().equals(path)).toList();
    }

    /** The received requests no interaction matched, oldest first (by default they fail the test afterwards). */
    public List<JournalEntry> unmatchedRequests() {
        return server.unmatched();
    }

    /**
     * The stub's faults: add some for this test, e.g. {@code faults().add(FaultSpecs.parse("delay=2s"))}; before
     * the next test they are back to the configured ones.
     */
    public Faults faults() {
        return server.faults();
    }

    /**
     * Selects a provider state of the pacts for the requests of this test, as a Pact verifier's state change does:
     * {@code providerState("ticket 14 exists with status closed")}; in replay mode the next test starts without it
     * again. In simulate mode it seeds the state's data, which stays.
     *
     * @throws IllegalArgumentException for a state the pacts do not name (the message lists the known ones)
     */
    public void providerState(String name) {
        providerState(name, Map.of());
    }

    /** As {@link #providerState(String)}, with the state's parameters ({@code Map.of("id", 14)}). */
    public void providerState(String name, Map<String, Object> params) {
        server.providerState(name, params);
    }

    /** Forgets the received requests (the extension does this before every test). */
    public void resetJournal() {
        server.resetJournal();
    }

    /**
     * The simulator of a stub in simulate mode: seed tickets, answer as the support team
     * ({@code simulator().agentReply(id, "…")}), list or reset the data.
     *
     * @throws IllegalStateException when the stub replays pacts
     */
    public SimulatorMode simulator() {
        return server.simulator();
    }

    /** The server itself, for what this class does not expose. Do not close it: the extension does. */
    public StubServer server() {
        return server;
    }

    /** How long starting the stub took (loading and indexing the pacts, binding the port). */
    public Duration startupTime() {
        return startupTime;
    }

    @Override
    public String toString() {
        return "TicketsStubInfo[baseUrl=" + baseUrl() + ", startupTime=" + startupTime.toMillis() + " ms]";
    }
}
