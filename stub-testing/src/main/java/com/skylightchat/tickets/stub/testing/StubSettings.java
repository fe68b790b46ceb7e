package com.skylightchat.tickets.stub.testing;

import com.skylightchat.tickets.stub.Mode;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.faults.FaultRule;
import com.skylightchat.tickets.stub.faults.FaultSpecs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a test asked for: replay or simulate, which pacts (empty = embedded), which API key for the client (empty =
 * the pacts' key; in simulate mode also the one key the simulator accepts), what unmatched requests mean, the faults
 * every test starts with, and any further {@link StubConfig} options. Always loopback, port 0, admin endpoints on.
 */
record StubSettings(Mode mode, List<Path> pacts, String apiKey, UnmatchedRequests unmatched, List<FaultRule> faults,
                    Consumer<StubConfig.Builder> options) {
    StubSettings {
        Objects.requireNonNull(mode, "mode");
        pacts = List.copyOf(pacts);
        faults = List.copyOf(faults);
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(unmatched, "unmatched");
        Objects.requireNonNull(options, "options");
        if (mode == Mode.SIMULATE && !pacts.isEmpty()) {
            throw new IllegalArgumentException("the tickets stub simulates the API in simulate mode and serves no "
                + "pacts: drop the pacts or the simulate mode");
        }
    }

    static StubSettings of(TicketsStubTest annotation, Class<?> testClass) {
        List<FaultRule> faults = new ArrayList<>();
        for (String fault : annotation.faults()) {
            try {
                faults.add(FaultSpecs.parse(fault));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("@TicketsStubTest(faults): '" + fault + "': " + e.getMessage(), e);
            }
        }
        return new StubSettings(annotation.mode(), PactSources.resolve(annotation.pacts(), testClass),
                annotation.apiKey(), annotation.unmatchedRequests(), faults, b -> { });
    }

    StubConfig config() {
        StubConfig.Builder builder = StubConfig.builder().mode(mode).pacts(pacts).host("127.0.0.1").port(0)
            .admin(true);
        if (mode == Mode.SIMULATE && !apiKey.isEmpty()) {
            builder.apiKeys(List.of(apiKey));
        }
        options.accept(builder);
        return builder.build();
    }
}
