package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.admin.StateChange;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Provider-state selection. In order of precedence: the request's state header (default
 * {@code X-Pact-Provider-State}); the state set through the state-change endpoint for the request's session
 * (header {@value #SESSION_HEADER}); the state set without a session; the configured default. Sessions let parallel
 * suites share one stub without seeing each other's state: each sends its own session id on its state changes and
 * its requests. At most {@value #MAX_SESSIONS} sessions are kept: one more forgets them all (a state is cheap to set
 * up again, and memory stays bounded).
 * Thread-safe.
 */
public final class ProviderStates {

    public static final String SESSION_HEADER = StateChange.SESSION_HEADER;
    static final int MAX_SESSIONS = 10_000;

    /** A state and the parameters that came with it (from the state-change protocol). */
    public record Active(String name, Map<String, Object> params) {
        public Active {
            params = params == null ? Map.of() : Map.copyOf(params);
        }
    }

    private final String defaultState;
    private final AtomicReference<Active> shared = new AtomicReference<>();
    private final Map<String, Active> sessions = new ConcurrentHashMap<>();

    public ProviderStates(String defaultState) {
        this.defaultState = defaultState;
    }

    /** The state for a request with this state header and session (either may be {@code null}). */
    public String select(String fromHeader, String session) {
        if (fromHeader != null && !fromHeader.isBlank()) {
            return fromHeader.strip();
        }
        Active current = active(session);
        return current != null ? current.name() : defaultState;
    }

    /**
     * The parameters the state-change call gave {@code state}, when it is the state active for the session; empty
     * otherwise (a request that selects another state by header does not get the active state's parameters).
     */
    public Map<String, Object> params(String session, String state) {
        Active current = active(session);
        return current == null || !current.name().equals(state) ? Map.of() : current.params();
    }

    /** The state set for the session (or, without one, the shared state); {@code null} when none. */
    public Active active(String session) {
        if (session != null) {
            Active own = sessions.get(session);
            if (own != null) {
                return own;
            }
        }
        return shared.get();
    }

    public void setup(String name, Map<String, Object> params, String session) {
        Active state = new Active(name, params);
        if (session == null) {
            shared.set(state);
            return;
        }
        if (sessions.size() >= MAX_SESSIONS && !sessions.containsKey(session)) {
            sessions.clear(); // bounded memory: sessions are cheap to set up again
        }
        sessions.put(session, state);
    }

    /** Tears the state down only if it is the active one, so out-of-order teardowns cannot clear a newer state. */
    public void teardown(String name, String session) {
        if (session != null) {
            sessions.computeIfPresent(session, (s, current) -> name == null || current.name().equals(name)
                    ? null : current);
            return;
        }
        Active current = shared.get();
        if (current != null && (name == null || current.name().equals(name))) {
            shared.compareAndSet(current, null);
        }
    }

    /** Forgets every state set through the state-change endpoint. */
    public void clear() {
        shared.set(null);
        sessions.clear();
    }
}
