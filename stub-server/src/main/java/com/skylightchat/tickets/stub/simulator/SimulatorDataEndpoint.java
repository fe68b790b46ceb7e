package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /__stub/simulator/tickets}: everything the simulator holds — every ticket with its replies, newest
 * first, in the API's shape — with the departments, what is held against the caps, and the caps.
 */
final class SimulatorDataEndpoint implements AdminEndpoint {

    private final SimulatorMode simulator;

    SimulatorDataEndpoint(SimulatorMode simulator) {
        this.simulator = simulator;
    }

    @Override public String method() { return "GET"; }
    @Override public String path() { return "simulator/tickets"; }
    @Override public String description() { return "all tickets with replies, departments, usage and caps"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tickets", simulator.store().tickets().stream().map(AdminViews::ticket).toList());
        body.put("departments", simulator.settings().departments());
        body.put("usage", simulator.usage());
        body.put("limits", Map.of("maxTickets", simulator.settings().maxTickets(),
                "maxReplies", simulator.settings().maxReplies(), "maxTextChars", simulator.settings().maxTextChars()));
        return AdminResponse.ok(body);
    }
}
