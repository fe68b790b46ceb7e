package com.skylightchat.tickets.stub.testing;

import com.skylightchat.tickets.stub.StubConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a test asked for: which pacts (empty = embedded), which API key for the client (empty = the pacts' key) and
 * any further {@link StubConfig} options. Always loopback, port 0, admin endpoints on.
 */
record StubSettings(List<Path> pacts, String apiKey, Consumer<StubConfig.Builder> options) {
    StubSettings {
        pacts = List.copyOf(pacts);
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(options, "options");
    }

    static StubSettings of(TicketsStubTest annotation, Class<?> testClass) {
        return new StubSettings(PactSources.resolve(annotation.pacts(), testClass), annotation.apiKey(), b -> { });
    }

    StubConfig config() {
        StubConfig.Builder builder = StubConfig.builder().pacts(pacts).host("127.0.0.1").port(0).admin(true);
        options.accept(builder);
        return builder.build();
    }
}
