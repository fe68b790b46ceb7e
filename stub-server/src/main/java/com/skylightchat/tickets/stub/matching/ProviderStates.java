package com.skylightchat.tickets.stub.matching;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Provider-state selection. In order of precedence: the request header (default {@code X-Pact-Provider-State}),
 * the state set through the state-change endpoint, the {@code --provider-state} default. Thread-safe: the active
 * state is one atomic reference, swapped whole.
 */
public final class ProviderStates {

    /** A state and the parameters that came with it (from the state-change protocol). */
    public record Active(String name, Map<String, Object> params) {
        public Active {
            params = params == null ? Map.of() : Map.copyOf(params);
        }
    }

    private final String defaultState;
    private final AtomicReference<Active> active = new AtomicReference<>();

    public ProviderStates(String defaultState) {
        this.defaultState = defaultState;
    }

    /** The state that applies to a request whose state header is {@code fromHeader} (may be {@code null}). */
    public String select(String fromHeader) {
        if (fromHeader != null && !fromHeader.isBlank()) {
            return fromHeader.strip();
        }
        Active current = active.get();
        return current != null ? current.name() : defaultState;
    }

    /** Parameters of the active state (for provider-state generators), empty when none. */
    public Map<String, Object> params() {
        Active current = active.get();
        return current == null ? Map.of() : current.params();
    }

    public Active active() {
        return active.get();
    }

    public void setup(String name, Map<String, Object> params) {
        active.set(new Active(name, params));
    }

    /** Tears the state down only if it is the active one, so out-of-order teardowns cannot clear a newer state. */
    public void teardown(String name) {
        Active current = active.get();
        if (current != null && (name == null || current.name().equals(name))) {
            active.compareAndSet(current, null);
        }
    }
}
