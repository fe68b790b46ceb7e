package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.loader.PactSources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Replay mode, assembled: the pact set, the provider states, the responder and the admin endpoints that control
 * them. Thread-safe.
 */
public final class ReplayMode {

    private final PactSet pacts;
    private final ProviderStates states;
    private final PactReplay responder;
    private final ReplaySettings settings;
    private final PactSources sources;

    /**
     * @param initial the pacts, loaded
     * @param sources loads the same sources again (reload, watch, broker refresh) and says where they are
     * @param origin  the stub's own URL once bound (for response generators)
     */
    public ReplayMode(LoadedPacts initial, PactSources sources, ReplaySettings settings, Supplier<String> origin) {
        this.settings = settings;
        this.sources = sources;
        this.pacts = new PactSet(initial, sources, settings);
        if (settings.providerState() != null && !pacts.current().knows(settings.providerState())) {
            throw pacts.current().unknownState(settings.providerState());
        }
        this.states = new ProviderStates(settings.providerState());
        SpecViolations spec = settings.specValidation() ? SpecViolations.load(settings.spec()) : null;
        this.responder = new PactReplay(pacts, states, settings, spec, origin);
    }

    public PactReplay responder() {
        return responder;
    }

    public PactSet pacts() {
        return pacts;
    }

    public ProviderStates states() {
        return states;
    }

    public List<AdminEndpoint> adminEndpoints() {
        return List.of(new InteractionsEndpoint(pacts), new ReloadEndpoint(pacts),
                new ProviderStateChangeEndpoint(pacts, states), new ProviderStatesEndpoint(pacts, states, settings),
                new ProviderStateClearEndpoint(states));
    }

    /** What {@code /__stub/health} reports of this mode. */
    public Map<String, Object> health() {
        ServedPacts served = pacts.current();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("mode", "replay");
        health.put("interactions", served.pacts().interactions().size());
        health.put("pacts", served.pacts().sources().size());
        health.put("providerStates", served.knownStates().size());
        health.put("loadedAt", served.loadedAt().toString());
        health.putAll(sources.describe());
        return health;
    }
}
