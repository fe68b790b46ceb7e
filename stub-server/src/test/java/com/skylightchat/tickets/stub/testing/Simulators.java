package com.skylightchat.tickets.stub.testing;

import com.skylightchat.tickets.stub.Mode;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;

import java.util.function.Consumer;

/** Simulate-mode stubs for tests: loopback, a random port, no request log; each with its own data. */
public final class Simulators {

    private Simulators() {
    }

    public static StubServer start() {
        return start(b -> { });
    }

    /** With further options, e.g. {@code b -> b.maxTickets(2)}. */
    public static StubServer start(Consumer<StubConfig.Builder> options) {
        StubConfig.Builder builder = StubConfig.builder().mode(Mode.SIMULATE).port(0).requestLog(false);
        options.accept(builder);
        return StubServer.start(builder.build());
    }

    /** The API of {@code stub}, every exchange checked against the spec, sending the pacts' key. */
    public static SpecCheckedApi api(StubServer stub) {
        return new SpecCheckedApi(stub.baseUrl(), Fixtures.API_KEY);
    }
}
