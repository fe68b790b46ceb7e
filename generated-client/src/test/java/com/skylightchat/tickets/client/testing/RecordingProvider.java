package com.skylightchat.tickets.client.testing;

import com.skylightchat.tickets.client.TicketsClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@link RecordingServer} on a random loopback port for every test, and a {@link TicketsClient} pointed at
 * it. Register it on an instance field with {@code @RegisterExtension}; the server is closed after each test.
 */
public final class RecordingProvider implements BeforeEachCallback, AfterEachCallback {
    private RecordingServer server;
    private TicketsClient client;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = RecordingServer.start();
        client = TestClients.against(server);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }

    public RecordingServer server() {
        return server;
    }

    public TicketsClient client() {
        return client;
    }
}
