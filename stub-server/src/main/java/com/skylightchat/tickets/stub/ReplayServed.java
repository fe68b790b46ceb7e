package com.skylightchat.tickets.stub;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.http.Responder;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.loader.PactWatcher;
import com.skylightchat.tickets.stub.loader.Periodic;
import com.skylightchat.tickets.stub.replay.PactSet;
import com.skylightchat.tickets.stub.replay.ReplayMode;
import com.skylightchat.tickets.stub.simulator.SimulatorMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pacts, replayed. */
record ReplayServed(ReplayMode replay) implements ServedMode {

    @Override
    public Responder responder() {
        return replay.responder();
    }

    @Override
    public List<AdminEndpoint> adminEndpoints() {
        return replay.adminEndpoints();
    }

    @Override
    public Map<String, Object> health() {
        return replay.health();
    }

    @Override
    public LoadedPacts pacts() {
        return replay.pacts().current().pacts();
    }

    @Override
    public void setUpState(String name, Map<String, Object> params) {
        if (!replay.pacts().current().knows(name)) {
            throw replay.pacts().current().unknownState(name);
        }
        replay.states().setup(name, params, null);
    }

    @Override
    public void clearStates() {
        replay.states().clear();
    }

    @Override
    public PactSet.ReloadResult reload() {
        return replay.pacts().reload();
    }

    @Override
    public SimulatorMode simulator() {
        throw new IllegalStateException("this stub replays pacts; start it in simulate mode (StubConfig mode "
                + "SIMULATE, --simulate) to have a simulator");
    }

    @Override
    public List<AutoCloseable> startPolling(StubConfig config) {
        List<AutoCloseable> pollers = new ArrayList<>();
        if (config.watch() && !config.pacts().isEmpty()) {
            pollers.add(new PactWatcher(config.pacts(), config.watchInterval(), replay.pacts()::reload));
        }
        if (config.broker() != null && config.broker().refreshes()) {
            pollers.add(new Periodic("stub-broker-refresh", config.broker().refresh(), replay.pacts()::reload));
        }
        return pollers;
    }
}
