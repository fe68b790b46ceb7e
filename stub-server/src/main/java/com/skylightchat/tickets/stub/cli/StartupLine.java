package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;

/** The one line printed at start-up: how many interactions from how many pacts, and the URL. */
final class StartupLine {

    private StartupLine() {
    }

    static String of(StubServer server) {
        int interactions = server.interactionCount();
        int pacts = server.pactCount();
        String origin = server.config().pacts().isEmpty() ? "embedded " : "";
        return "tickets-stub-server: serving " + interactions + " interaction" + (interactions == 1 ? "" : "s")
                + " from " + pacts + " " + origin + "pact" + (pacts == 1 ? "" : "s") + " on " + server.baseUrl()
                + (server.config().admin() ? " (admin: " + server.baseUrl() + StubConfig.ADMIN_PREFIX + ")" : "");
    }
}
