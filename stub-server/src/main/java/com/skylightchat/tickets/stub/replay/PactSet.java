package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The pact set being served and how to load it again. {@link #reload()} builds the new {@link ServedPacts} first
 * and swaps it in whole; a source that no longer loads keeps the previous set. Thread-safe.
 */
public final class PactSet {

    private static final Logger LOG = LoggerFactory.getLogger(PactSet.class);

    /** Outcome of a reload: the counts now served, and, when the previous set was kept, why. */
    public record ReloadResult(boolean reloaded, int interactions, int pacts, String problem) {
    }

    private final Supplier<LoadedPacts> loader;
    private final ReplaySettings settings;
    private final AtomicReference<ServedPacts> served;

    /** @param loader loads the sources again; throws {@link PactLoadException} naming a broken one */
    public PactSet(LoadedPacts initial, Supplier<LoadedPacts> loader, ReplaySettings settings) {
        this.loader = loader;
        this.settings = settings;
        this.served = new AtomicReference<>(serve(initial));
    }

    public ServedPacts current() {
        return served.get();
    }

    public synchronized ReloadResult reload() {
        try {
            LoadedPacts fresh = loader.get();
            served.set(serve(fresh));
            LOG.info("Reloaded {} interactions from {} pacts", fresh.interactions().size(), fresh.sources().size());
            return new ReloadResult(true, fresh.interactions().size(), fresh.sources().size(), null);
        } catch (PactLoadException e) {
            LoadedPacts kept = served.get().pacts();
            LOG.warn("Reload failed, keeping the previous {} interactions: {}", kept.interactions().size(),
                    e.getMessage());
            return new ReloadResult(false, kept.interactions().size(), kept.sources().size(), e.getMessage());
        }
    }

    private ServedPacts serve(LoadedPacts pacts) {
        return new ServedPacts(pacts, settings.matchCacheSize(), settings.budget());
    }
}
