package com.skylightchat.tickets.stub.testing;

import com.skylightchat.tickets.stub.Mode;
import com.skylightchat.tickets.stub.StubServer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One started stub and who started it: the extension context (by unique id) that must stop it, so that
 * {@code @Nested} classes reuse their enclosing class's stub without stopping it.
 */
final class StubRun implements AutoCloseable {
    /** Sent when neither the test nor the pacts name a key; any non-blank key satisfies the client. */
    static final String FALLBACK_API_KEY = "tickets-stub-test-key";
    private static final Logger LOG = LoggerFactory.getLogger(TicketsStubExtension.class);

    private final StubServer server;
    private final TicketsStubInfo info;
    private final StubSettings settings;
    private final String owner;

    private StubRun(StubServer server, TicketsStubInfo info, StubSettings settings, String owner) {
        this.server = server;
        this.info = info;
        this.settings = settings;
        this.owner = owner;
    }

    static StubRun start(StubSettings settings, String owner) {
        long started = System.nanoTime();
        StubServer server = StubServer.start(settings.config());
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        String apiKey = !settings.apiKey().isEmpty() ? settings.apiKey()
            : settings.mode() == Mode.SIMULATE ? server.config().simulator().apiKeys().get(0)
            : PactApiKey.find(server.pacts().interactions()).orElse(FALLBACK_API_KEY);
        TicketsStubInfo info = new TicketsStubInfo(server, apiKey, startup);
        LOG.debug("tickets stub for {} listening on {} (started in {} ms)", owner, server.baseUrl(),
            startup.toMillis());
        return new StubRun(server, info, settings, owner);
    }

    TicketsStubInfo info() {
        return info;
    }

    /**
     * A test starts with an empty journal, the configured faults only and, replaying, no provider state but the
     * configured one (a state the previous test selected would silently change this test's answers; a simulator's
     * data is the class's and stays). Unmatched requests sent before it (from {@code @BeforeAll}, or after the
     * previous test was judged) fail it first, so none goes unjudged.
     */
    void startTest() {
        try {
            checkUnmatched("before this test (in @BeforeAll or after the previous test)");
        } finally {
            info.resetJournal();
            info.faults().clear();
            settings.faults().forEach(info.faults()::add);
            if (info.server().mode() == Mode.REPLAY) {
                info.server().clearProviderState();
            }
        }
    }

    /** After a test: its unmatched requests judged, then forgotten, so the next test answers only for its own. */
    void finishTest() {
        try {
            checkUnmatched("during this test");
        } finally {
            info.resetJournal();
        }
    }

    /** Its unmatched requests since the journal was last reset, judged as the settings say. */
    void checkUnmatched(String when) {
        settings.unmatched().check(when, info.unmatchedRequests(), info.server().unmatchedCount());
    }

    boolean ownedBy(String contextId) {
        return owner.equals(contextId);
    }

    @Override
    public void close() {
        server.close();
    }
}
