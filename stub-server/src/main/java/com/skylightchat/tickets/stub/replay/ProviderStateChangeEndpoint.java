package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /__stub/provider-states}: the Pact state-change protocol, so any Pact verifier can drive the stub.
 * Body {@code {"state": …, "params": {…}, "action": "setup"|"teardown"}} (or the same as query parameters, for
 * verifiers configured with {@code stateChangeUsesBody=false}). Setup of a known state makes it the active state —
 * for the caller's session when it sends {@value ProviderStates#SESSION_HEADER} (or {@code "session"} in the body),
 * for everybody else otherwise — and answers 200 with its params (verifiers feed them to provider-state generators);
 * an unknown state gets a 400 listing the known ones; teardown clears the state.
 */
final class ProviderStateChangeEndpoint implements AdminEndpoint {

    private final PactSet pacts;
    private final ProviderStates states;

    ProviderStateChangeEndpoint(PactSet pacts, ProviderStates states) {
        this.pacts = pacts;
        this.states = states;
    }

    @Override public String method() { return "POST"; }
    @Override public String path() { return "provider-states"; }
    @Override public String description() { return "state change: {state, params, action: setup|teardown}"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        Map<String, Object> change = request.jsonObject();
        Object state = change.getOrDefault("state", request.param("state", null));
        String action = String.valueOf(change.getOrDefault("action", request.param("action", "setup")));
        Object session = change.getOrDefault("session", request.header(ProviderStates.SESSION_HEADER));
        String sessionId = session == null ? null : String.valueOf(session);
        if (!(state instanceof String name) || name.isBlank()) {
            return AdminResponse.error(400, "the state change names no \"state\"");
        }
        if (action.equalsIgnoreCase("teardown")) {
            states.teardown(name, sessionId);
            return AdminResponse.ok(Map.of());
        }
        if (!action.equalsIgnoreCase("setup")) {
            return AdminResponse.error(400, "action must be setup or teardown, was " + action);
        }
        if (!pacts.current().knows(name)) {
            return AdminResponse.error(400, "unknown provider state '" + name + "'", "knownStates",
                    pacts.current().knownStates());
        }
        Map<String, Object> params = change.get("params") instanceof Map<?, ?> p ? copy(p) : Map.of();
        states.setup(name, params, sessionId);
        return AdminResponse.ok(params);
    }

    private static Map<String, Object> copy(Map<?, ?> params) {
        Map<String, Object> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null) {
                copy.put(String.valueOf(k), v);
            }
        });
        return copy;
    }
}
