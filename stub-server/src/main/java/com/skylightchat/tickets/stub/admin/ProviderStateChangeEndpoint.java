package com.skylightchat.tickets.stub.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.skylightchat.tickets.stub.server.Exchanges;
import com.skylightchat.tickets.stub.server.StubContext;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /__stub/provider-states}: the Pact state-change protocol, so any Pact verifier can drive the stub.
 * Body {@code {"state": …, "params": {…}, "action": "setup"|"teardown"}} (or the same as query parameters, for
 * verifiers configured with {@code stateChangeUsesBody=false}). Setup of a known state makes it the active state
 * and answers 200 with its params (verifiers feed them to provider-state generators); an unknown state gets a 400
 * listing the known ones; teardown clears the state.
 */
final class ProviderStateChangeEndpoint implements AdminEndpoint {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Override public String method() { return "POST"; }
    @Override public String path() { return "provider-states"; }
    @Override public String description() { return "state change: {state, params, action: setup|teardown}"; }

    @Override
    public AdminResponse handle(AdminRequest request, StubContext context) {
        Map<String, Object> change;
        try {
            change = request.body().length == 0 ? new LinkedHashMap<>()
                    : Exchanges.json().readValue(request.body(), MAP);
        } catch (IOException e) {
            return new AdminResponse(400, Map.of("error", "the state change body is not a JSON object: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
        Object state = change.getOrDefault("state", request.param("state", null));
        String action = String.valueOf(change.getOrDefault("action", request.param("action", "setup")));
        if (!(state instanceof String name) || name.isBlank()) {
            return new AdminResponse(400, Map.of("error", "the state change names no \"state\""));
        }
        if (action.equalsIgnoreCase("teardown")) {
            context.states().teardown(name);
            return AdminResponse.ok(Map.of());
        }
        if (!action.equalsIgnoreCase("setup")) {
            return new AdminResponse(400, Map.of("error", "action must be setup or teardown, was " + action));
        }
        if (!context.served().knows(name)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "unknown provider state '" + name + "'");
            body.put("knownStates", context.served().knownStates());
            return new AdminResponse(400, body);
        }
        Map<String, Object> params = change.get("params") instanceof Map<?, ?> p ? copy(p) : Map.of();
        context.states().setup(name, params);
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
