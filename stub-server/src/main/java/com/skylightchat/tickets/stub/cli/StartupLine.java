package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.Mode;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.admin.AdminGuard;
import com.skylightchat.tickets.stub.admin.AdminRoutes;

/**
 * The one line printed at start-up: how many interactions from how many pacts (and which Pact Broker; never its
 * credentials), or that it simulates; and the URL. Bound to every interface, it names the bind address and the
 * loopback URL to call on this machine; with an admin token the stub made up, it prints that too (there is no other
 * way to learn it).
 */
final class StartupLine {

    private StartupLine() {
    }

    static String of(StubServer server) {
        int interactions = server.interactionCount();
        int pacts = server.pactCount();
        boolean embedded = server.config().pacts().isEmpty() && server.config().broker() == null;
        String origin = embedded ? "embedded " : "";
        String broker = server.config().broker() == null ? ""
                : " (Pact Broker " + server.config().broker().url() + ")";
        String url = server.baseUrl().toString();
        String admin = server.config().admin().enabled() ? "admin: " + url + AdminRoutes.PREFIX + token(server) : null;
        String where;
        if (isWildcard(server.config().host())) {
            // The bind address is no URL to call: say what is bound, and the URL to use on this machine.
            where = bindAddress(server) + ", every interface (on this machine: " + url
                    + (admin == null ? "" : "; " + admin) + ")";
        } else {
            where = url + (admin == null ? "" : " (" + admin + ")");
        }
        if (server.mode() == Mode.SIMULATE) {
            return "tickets-stub-server: simulating the Tickets API in memory (up to "
                    + server.config().simulator().maxTickets() + " tickets) on " + where;
        }
        return "tickets-stub-server: serving " + interactions + " interaction" + (interactions == 1 ? "" : "s")
                + " from " + pacts + " " + origin + "pact" + (pacts == 1 ? "" : "s") + broker + " on " + where;
    }

    private static String token(StubServer server) {
        boolean madeUp = server.adminToken() != null && server.config().admin().token() == null;
        return madeUp ? ", " + AdminGuard.TOKEN_HEADER + ": " + server.adminToken() : "";
    }

    static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    private static String bindAddress(StubServer server) {
        String host = server.config().host();
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + server.port();
    }
}
