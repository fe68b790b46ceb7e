package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;

import java.util.Map;

/** {@code GET /__stub/provider-states} in simulate mode: one example of each kind of state the simulator sets up. */
final class SimulatorStatesEndpoint implements AdminEndpoint {

    private final ProviderStateSeeds seeds;

    SimulatorStatesEndpoint(ProviderStateSeeds seeds) {
        this.seeds = seeds;
    }

    @Override public String method() { return "GET"; }
    @Override public String path() { return "provider-states"; }
    @Override public String description() { return "the kinds of provider state the simulator sets up"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        return AdminResponse.ok(Map.of("setsUp", seeds.examples()));
    }
}
