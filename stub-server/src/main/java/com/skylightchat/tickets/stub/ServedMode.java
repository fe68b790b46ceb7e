package com.skylightchat.tickets.stub;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.http.Responder;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.replay.PactSet;
import com.skylightchat.tickets.stub.simulator.SimulatorMode;
import java.util.List;
import java.util.Map;

/**
 * What answers the API, as {@link StubServer} uses it: {@link ReplayServed} or {@link SimulatorServed}. Each says
 * in one place what the stub's mode-dependent operations mean for it, so {@code StubServer} never asks which it has.
 */
sealed interface ServedMode permits ReplayServed, SimulatorServed {

    Responder responder();

    List<AdminEndpoint> adminEndpoints();

    Map<String, Object> health();

    /** The pacts served; none when simulating. */
    LoadedPacts pacts();

    /** Sets up a provider state as the state-change endpoint would; unknown names are an IllegalArgumentException. */
    void setUpState(String name, Map<String, Object> params);

    /** Clears the selected states (replay) or the data (simulate), as a state teardown does. */
    void clearStates();

    PactSet.ReloadResult reload();

    /** The simulator; an IllegalStateException when replaying. */
    SimulatorMode simulator();

    /** Background work this mode needs with {@code config} (a file watcher, a broker refresh), started. */
    List<AutoCloseable> startPolling(StubConfig config);
}
