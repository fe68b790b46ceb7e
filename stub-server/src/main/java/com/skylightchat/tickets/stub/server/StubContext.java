package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.stub.matching.ProviderStates;
import com.skylightchat.tickets.stub.matching.SpecViolations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The state one running stub shares between its HTTP handlers and admin endpoints: config, the served pact set
 * (one atomic reference, swapped whole on reload), provider states, the journal and the optional spec check.
 * Thread-safe.
 */
public final class StubContext {

    private static final Logger LOG = LoggerFactory.getLogger(StubContext.class);

    /** Outcome of a reload: either the new counts, or why the previous set was kept. */
    public record ReloadResult(boolean reloaded, int interactions, int pacts, String problem) {
    }

    private final StubConfig config;
    private final Supplier<LoadedPacts> loader;
    private final AtomicReference<ServedPacts> served;
    private final ProviderStates states;
    private final Journal journal;
    private final SpecViolations spec;
    private final Instant startedAt = Instant.now();
    private volatile String baseUrl = "";

    public StubContext(StubConfig config, LoadedPacts initial, Supplier<LoadedPacts> loader, SpecViolations spec) {
        this.config = config;
        this.loader = loader;
        this.served = new AtomicReference<>(new ServedPacts(initial, config.matchCacheSize()));
        this.states = new ProviderStates(config.providerState());
        this.journal = new Journal(config.journalSize());
        this.spec = spec;
    }

    /**
     * Loads the configured pacts again and swaps them in atomically. A broken file keeps the previous set; the
     * result (and the log) says why.
     */
    public synchronized ReloadResult reload() {
        try {
            LoadedPacts fresh = loader.get();
            served.set(new ServedPacts(fresh, config.matchCacheSize()));
            LOG.info("Reloaded {} interactions from {} pacts", fresh.interactions().size(), fresh.sources().size());
            return new ReloadResult(true, fresh.interactions().size(), fresh.sources().size(), null);
        } catch (PactLoadException e) {
            LoadedPacts kept = served.get().pacts();
            LOG.warn("Reload failed, keeping the previous {} interactions: {}", kept.interactions().size(),
                    e.getMessage());
            return new ReloadResult(false, kept.interactions().size(), kept.sources().size(), e.getMessage());
        }
    }

    public StubConfig config() {
        return config;
    }

    public ServedPacts served() {
        return served.get();
    }

    public ProviderStates states() {
        return states;
    }

    public Journal journal() {
        return journal;
    }

    /** The spec check, or {@code null} when spec validation is off. */
    public SpecViolations spec() {
        return spec;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String baseUrl() {
        return baseUrl;
    }

    void baseUrl(String url) {
        this.baseUrl = url;
    }
}
