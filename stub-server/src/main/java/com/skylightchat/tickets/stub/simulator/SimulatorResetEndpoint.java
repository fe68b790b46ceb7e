package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;

/** {@code DELETE /__stub/simulator}: back to a fresh simulator (no tickets, ids from 1, no revoked keys); 204. */
final class SimulatorResetEndpoint implements AdminEndpoint {

    private final SimulatorMode simulator;

    SimulatorResetEndpoint(SimulatorMode simulator) {
        this.simulator = simulator;
    }

    @Override public String method() { return "DELETE"; }
    @Override public String path() { return "simulator"; }
    @Override public String description() { return "reset: no tickets, ids from 1, no revoked keys"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        simulator.reset();
        return AdminResponse.noContent();
    }
}
