package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;
import com.skylightchat.tickets.stub.admin.StateChange;

import java.util.Map;

/**
 * {@code POST /__stub/provider-states} in simulate mode: the Pact state-change protocol (same path and body as in
 * replay mode, read by {@link StateChange}), so a Pact verifier verifies the simulator as it would the provider.
 * Setup seeds what the state names ({@link ProviderStateSeeds}) and answers 200 with the params; a state the
 * simulator does not know or cannot make true is a 400 naming it (so the verification fails naming it); teardown
 * resets the data. Sessions do not apply: every caller sees the same data.
 */
final class SimulatorStateChangeEndpoint implements AdminEndpoint {

    private final SimulatorMode simulator;

    SimulatorStateChangeEndpoint(SimulatorMode simulator) {
        this.simulator = simulator;
    }

    @Override public String method() { return "POST"; }
    @Override public String path() { return "provider-states"; }
    @Override public String description() { return "state change: setup seeds the state's data, teardown resets"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        StateChange change = StateChange.of(request);
        if (!change.setup()) {
            simulator.reset();
            return AdminResponse.ok(Map.of());
        }
        simulator.setUpState(change.state(), change.params());
        return AdminResponse.ok(change.params());
    }
}
