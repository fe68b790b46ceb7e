package com.skylightchat.tickets.stub.http;

import com.skylightchat.tickets.stub.server.StubHttpServer;

/**
 * A deliberate layering violation for {@code ArchitectureTest}: the bottom layer ({@code http}) reaching up into the
 * {@code server} layer, which uses {@code http} — a cycle. A test class, so the real rules never import it.
 */
final class PlantedCycle {

    int portOf(StubHttpServer server) {
        return server.port();
    }
}
