package com.skylightchat.tickets.stub;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.http.Responder;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.replay.PactSet;
import com.skylightchat.tickets.stub.simulator.SimulatorMode;
import java.util.List;
import java.util.Map;

/** The in-memory simulator of the API: no pacts, its own data. */
record SimulatorServed(SimulatorMode simulator) implements ServedMode {

    private static final LoadedPacts NO_PACTS = new LoadedPacts(List.of(), List.of(), List.of());

    @Override
    public Responder responder() {
        return simulator.responder();
    }

    @Override
    public List<AdminEndpoint> adminEndpoints() {
        return simulator.adminEndpoints();
    }

    @Override
    public Map<String, Object> health() {
        return simulator.health();
    }

    @Override
    public LoadedPacts pacts() {
        return NO_PACTS;
    }

    @Override
    public void setUpState(String name, Map<String, Object> params) {
        simulator.setUpState(name, params);
    }

    @Override
    public void clearStates() {
        simulator.reset();
    }

    @Override
    public PactSet.ReloadResult reload() {
        return new PactSet.ReloadResult(false, 0, 0, "simulate mode serves no pacts");
    }

    @Override
    public List<AutoCloseable> startPolling(StubConfig config) {
        return List.of();
    }
}
