package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.loader.PactLoader;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.stub.testing.Http;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static com.skylightchat.tickets.stub.testing.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** The listener is bound before the pacts are loaded: early requests wait for them, and never hang. */
class StartupGateIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StubConfig config = StubConfig.builder().pacts(List.of(Fixtures.recorded())).port(0).build();

    @Test
    void aRequestThatArrivesBeforeThePactsAreLoadedIsAnsweredOnceTheyAre() throws Exception {
        try (StubHttpServer server = new StubHttpServer(config)) {
            CompletableFuture<HttpResponse<String>> early = ticket(server);
            Thread.sleep(300);
            assertThat(early).as("waiting for the pacts").isNotDone();

            server.serve(new StubContext(config, PactLoader.load(config.pacts()), () -> null, null));

            HttpResponse<String> response = early.get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"id\"");
        }
    }

    @Test
    void aRequestWaitingWhenTheServerStopsBeforeServingIsReleased() throws Exception {
        CompletableFuture<HttpResponse<String>> early;
        try (StubHttpServer server = new StubHttpServer(config)) {
            early = ticket(server);
            Thread.sleep(300);
            assertThat(early).isNotDone();
        }

        // Either the 503 naming the reason gets out before the listener closes, or the connection closes: no hang
        // (a TimeoutException fails the test).
        try {
            HttpResponse<String> response = early.get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("stopped before it finished starting");
        } catch (ExecutionException closed) {
            assertThat(closed.getCause()).isInstanceOf(IOException.class);
        }
    }

    private static CompletableFuture<HttpResponse<String>> ticket(StubHttpServer server) {
        return CLIENT.sendAsync(new Http(server.baseUrl()).request("/api/v1/tickets/14")
                .header("X-Api-Key", API_KEY).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
