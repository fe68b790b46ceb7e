package com.skylightchat.tickets.stub.admin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the Pact state-change protocol, read the way every Pact verifier may send it: body
 * {@code {"state": …, "params": {…}, "action": "setup"|"teardown"}}, or the same as query parameters (verifiers
 * configured with {@code stateChangeUsesBody=false}); no action means setup. Both modes' state-change endpoints read
 * it here. Immutable.
 *
 * @param state   the state's name
 * @param params  its parameters (nulls dropped), never {@code null}
 * @param setup   whether this is a setup (otherwise a teardown)
 * @param session the caller's session: {@code "session"} in the body or {@value #SESSION_HEADER}, or {@code null}
 */
public record StateChange(String state, Map<String, Object> params, boolean setup, String session) {

    /** The header that names the caller's session (replay mode keeps a state per session). */
    public static final String SESSION_HEADER = "X-Stub-Session";

    /**
     * @throws IllegalArgumentException when it names no state or an action other than setup or teardown (a 400)
     */
    public static StateChange of(AdminRequest request) {
        Map<String, Object> change = request.jsonObject();
        Object state = change.getOrDefault("state", request.param("state", null));
        String action = String.valueOf(change.getOrDefault("action", request.param("action", "setup")));
        Object session = change.getOrDefault("session", request.header(SESSION_HEADER));
        if (!(state instanceof String name) || name.isBlank()) {
            throw new IllegalArgumentException("the state change names no \"state\"");
        }
        if (!action.equalsIgnoreCase("setup") && !action.equalsIgnoreCase("teardown")) {
            throw new IllegalArgumentException("action must be setup or teardown, was " + action);
        }
        Object givenParams = change.get("params");
        if (givenParams != null && !(givenParams instanceof Map)) {
            throw new IllegalArgumentException("\"params\" must be a JSON object of names and values, was "
                    + givenParams);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if (givenParams instanceof Map<?, ?> given) {
            given.forEach((k, v) -> {
                if (v != null) {
                    params.put(String.valueOf(k), v);
                }
            });
        }
        return new StateChange(name, params, action.equalsIgnoreCase("setup"),
                session == null ? null : String.valueOf(session));
    }
}
