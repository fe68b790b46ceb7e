package com.skylightchat.tickets.stub;

import com.skylightchat.tickets.stub.admin.AdminSettings;
import com.skylightchat.tickets.stub.faults.FaultRule;
import com.skylightchat.tickets.stub.http.Checks;
import com.skylightchat.tickets.stub.journal.JournalSettings;
import com.skylightchat.tickets.stub.loader.BrokerSettings;
import com.skylightchat.tickets.stub.matching.MatchBudget;
import com.skylightchat.tickets.stub.replay.ReplaySettings;
import com.skylightchat.tickets.stub.server.HttpSettings;
import com.skylightchat.tickets.stub.simulator.Department;
import com.skylightchat.tickets.stub.simulator.SimulatorSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every option of the stub server in one immutable record, grouped by the part of the stub that uses it; build it
 * with {@link #builder()}, which sets them one by one. Defaults are those of the CLI: replay mode on the embedded
 * pacts, loopback {@code 127.0.0.1}, port 8080, admin on, CORS off; simulate mode accepts the pacts' key
 * {@code test-api-key} and has the departments Billing, Technical Support and Sales.
 *
 * @param mode          what answers: the pacts (replay) or the simulator
 * @param pacts         pact files or directories; empty (and no broker) means the pacts embedded at build time
 * @param watch         whether changed pact files are reloaded automatically
 * @param watchInterval how often watched files are checked
 * @param http          the HTTP layer: address, limits, timeouts, CORS, grace period
 * @param replay        provider states, spec validation, matching budget, no-match status
 * @param simulator     simulate mode's accepted API keys, departments and caps
 * @param journal       journal size, body bytes kept per entry, request log
 * @param admin         admin endpoints on or off, admin token
 * @param faults        faults injected from the start
 * @param broker        the Pact Broker whose pacts are served too (after {@code pacts}), or {@code null} for none
 */
public record StubConfig(Mode mode, List<Path> pacts, boolean watch, Duration watchInterval, HttpSettings http,
                         ReplaySettings replay, SimulatorSettings simulator, JournalSettings journal,
                         AdminSettings admin, List<FaultRule> faults, BrokerSettings broker) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public StubConfig {
        Objects.requireNonNull(mode, "mode");
        pacts = List.copyOf(pacts);
        faults = List.copyOf(faults);
        Checks.positive("watchInterval", watchInterval);
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(replay, "replay");
        Objects.requireNonNull(simulator, "simulator");
        if (mode == Mode.SIMULATE && (!pacts.isEmpty() || watch || replay.providerState() != null)) {
            throw new IllegalArgumentException("pacts, watch and a default provider state are for replay mode; "
                    + "simulate mode serves no pacts");
        }
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(admin, "admin");
    }

    public static Builder builder() {
        return new Builder();
    }

    public String host() {
        return http.host();
    }

    public int port() {
        return http.port();
    }

    /** Whether the configured host is a loopback address (the only safe default). */
    public boolean isLoopback() {
        return http.isLoopback();
    }

    /** A builder preset with this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.mode = mode;
        b.pacts = new ArrayList<>(pacts);
        b.watch = watch;
        b.watchInterval = watchInterval;
        b.host = http.host();
        b.port = http.port();
        b.ioThreads = http.ioThreads();
        b.maxBodyBytes = http.maxBodyBytes();
        b.maxHeaderBytes = http.maxHeaderBytes();
        b.readTimeout = http.readTimeout();
        b.bodyTimeout = http.bodyTimeout();
        b.idleTimeout = http.idleTimeout();
        b.maxInFlightBodyBytes = http.maxInFlightBodyBytes();
        b.cors = http.cors();
        b.gracePeriod = http.gracePeriod();
        b.providerState = replay.providerState();
        b.providerStateHeader = replay.providerStateHeader();
        b.specValidation = replay.specValidation();
        b.spec = replay.spec();
        b.matchCacheSize = replay.matchCacheSize();
        b.maxMatchBodyBytes = replay.budget().maxBodyBytes();
        b.explanationTime = replay.budget().explanationTime();
        b.noMatchStatus = replay.noMatchStatus();
        b.apiKeys = new ArrayList<>(simulator.apiKeys());
        b.departments = new ArrayList<>(simulator.departments().stream().map(Department::title).toList());
        b.maxTickets = simulator.maxTickets();
        b.maxReplies = simulator.maxReplies();
        b.maxTextChars = simulator.maxTextChars();
        b.journalSize = journal.size();
        b.journalBodyBytes = journal.maxBodyBytes();
        b.requestLog = journal.requestLog();
        b.admin = admin.enabled();
        b.adminToken = admin.token();
        b.faults = new ArrayList<>(faults);
        b.broker = broker;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private Mode mode = Mode.REPLAY;
        private List<Path> pacts = new ArrayList<>();
        private boolean watch;
        private Duration watchInterval = Duration.ofSeconds(1);
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private int ioThreads;
        private int maxBodyBytes = 1024 * 1024;
        private int maxHeaderBytes = 16 * 1024;
        private Duration readTimeout = Duration.ofSeconds(10);
        private Duration bodyTimeout = Duration.ofSeconds(30);
        private Duration idleTimeout = Duration.ofSeconds(60);
        private long maxInFlightBodyBytes = 64L * 1024 * 1024;
        private boolean cors;
        private Duration gracePeriod = Duration.ofSeconds(5);
        private String providerState;
        private String providerStateHeader = ReplaySettings.DEFAULT_STATE_HEADER;
        private boolean specValidation;
        private Path spec;
        private int matchCacheSize = 10_000;
        private int maxMatchBodyBytes = MatchBudget.DEFAULT.maxBodyBytes();
        private Duration explanationTime = MatchBudget.DEFAULT.explanationTime();
        private int noMatchStatus = 404;
        private List<String> apiKeys = new ArrayList<>();
        private List<String> departments = new ArrayList<>(SimulatorSettings.DEFAULT_DEPARTMENTS);
        private int maxTickets = SimulatorSettings.DEFAULT_MAX_TICKETS;
        private int maxReplies = SimulatorSettings.DEFAULT_MAX_REPLIES;
        private long maxTextChars = SimulatorSettings.DEFAULT_MAX_TEXT_CHARS;
        private int journalSize = 1000;
        private int journalBodyBytes = 4096;
        private boolean requestLog = true;
        private boolean admin = true;
        private String adminToken;
        private List<FaultRule> faults = new ArrayList<>();
        private BrokerSettings broker;

        private Builder() {
        }

        public Builder mode(Mode value) { mode = value; return this; }
        public Builder pacts(List<Path> value) { pacts = new ArrayList<>(value); return this; }
        public Builder pact(Path value) { pacts.add(value); return this; }
        public Builder watch(boolean value) { watch = value; return this; }
        public Builder watchInterval(Duration value) { watchInterval = value; return this; }
        public Builder host(String value) { host = value; return this; }
        public Builder port(int value) { port = value; return this; }
        public Builder ioThreads(int value) { ioThreads = value; return this; }
        public Builder maxBodyBytes(int value) { maxBodyBytes = value; return this; }
        public Builder maxHeaderBytes(int value) { maxHeaderBytes = value; return this; }
        public Builder readTimeout(Duration value) { readTimeout = value; return this; }
        public Builder bodyTimeout(Duration value) { bodyTimeout = value; return this; }
        public Builder idleTimeout(Duration value) { idleTimeout = value; return this; }
        public Builder maxInFlightBodyBytes(long value) { maxInFlightBodyBytes = value; return this; }
        public Builder cors(boolean value) { cors = value; return this; }
        public Builder gracePeriod(Duration value) { gracePeriod = value; return this; }
        public Builder providerState(String value) { providerState = value; return this; }
        public Builder providerStateHeader(String value) { providerStateHeader = value; return this; }
        public Builder specValidation(boolean value) { specValidation = value; return this; }
        public Builder spec(Path value) { spec = value; return this; }
        public Builder matchCacheSize(int value) { matchCacheSize = value; return this; }
        public Builder maxMatchBodyBytes(int value) { maxMatchBodyBytes = value; return this; }
        public Builder explanationTime(Duration value) { explanationTime = value; return this; }
        public Builder noMatchStatus(int value) { noMatchStatus = value; return this; }
        /** Accept this {@code X-Api-Key} in simulate mode (repeatable); none given: {@code test-api-key}. */
        public Builder apiKey(String value) { apiKeys.add(value); return this; }
        public Builder apiKeys(List<String> value) { apiKeys = new ArrayList<>(value); return this; }
        /** Simulate mode's departments, ids 1, 2, 3, … in this order. */
        public Builder departments(List<String> titles) { departments = new ArrayList<>(titles); return this; }
        public Builder maxTickets(int value) { maxTickets = value; return this; }
        public Builder maxReplies(int value) { maxReplies = value; return this; }
        public Builder maxTextChars(long value) { maxTextChars = value; return this; }
        public Builder journalSize(int value) { journalSize = value; return this; }
        public Builder journalBodyBytes(int value) { journalBodyBytes = value; return this; }
        public Builder requestLog(boolean value) { requestLog = value; return this; }
        public Builder admin(boolean value) { admin = value; return this; }
        public Builder adminToken(String value) { adminToken = value; return this; }
        public Builder faults(List<FaultRule> value) { faults = new ArrayList<>(value); return this; }
        public Builder fault(FaultRule value) { faults.add(value); return this; }
        public Builder broker(BrokerSettings value) { broker = value; return this; }

        public StubConfig build() {
            Checks.range("matchCacheSize", matchCacheSize, 0, 10_000_000);
            Checks.range("maxMatchBodyBytes", maxMatchBodyBytes, 0, Integer.MAX_VALUE);
            Checks.positive("explanationTime", explanationTime);
            return new StubConfig(mode, pacts, watch, watchInterval,
                    new HttpSettings(host, port, ioThreads, maxBodyBytes, maxHeaderBytes, readTimeout, bodyTimeout,
                            idleTimeout, Math.max(maxInFlightBodyBytes, maxBodyBytes), cors, gracePeriod),
                    new ReplaySettings(providerState, providerStateHeader, specValidation, spec, matchCacheSize,
                            new MatchBudget(maxMatchBodyBytes, explanationTime), noMatchStatus),
                    new SimulatorSettings(apiKeys.isEmpty() ? List.of(SimulatorSettings.DEFAULT_API_KEY) : apiKeys,
                            Department.numbered(departments), maxTickets, maxReplies, maxTextChars),
                    new JournalSettings(journalSize, journalBodyBytes, requestLog),
                    new AdminSettings(admin, adminToken), faults, broker);
        }
    }
}
