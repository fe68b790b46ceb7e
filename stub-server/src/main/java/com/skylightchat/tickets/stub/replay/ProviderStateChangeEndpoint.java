package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;
import com.skylightchat.tickets.stub.admin.StateChange;

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
        StateChange change = StateChange.of(request);
        if (!change.setup()) {
            states.teardown(change.state(), change.session());
            return AdminResponse.ok(Map.of());
        }
        if (!pacts.current().knows(change.state())) {
            return AdminResponse.error(400, "unknown provider state '" + change.state() + "'", "knownStates",
                    pacts.current().knownStates());
        }
        states.setup(change.state(), change.params(), change.session());
        return AdminResponse.ok(change.params());
    }
}
