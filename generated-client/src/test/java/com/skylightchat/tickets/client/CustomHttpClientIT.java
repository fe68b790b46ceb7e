package com.skylightchat.tickets.client;

import static com.skylightchat.tickets.client.testing.TestClients.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.client.testing.RecordingServer;
import com.skylightchat.tickets.client.testing.ReferenceBodies;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

/** A caller's own {@link HttpClient} is the one that sends the requests (here: one with an HTTP proxy). */
class CustomHttpClientIT {

    @Test
    void sendsThroughTheGivenHttpClient() {
        try (RecordingServer proxy = RecordingServer.start()) {
            // given: a client whose base host does not exist, with an HttpClient that proxies via the test server
            proxy.willAnswer(CannedResponse.json(200, ReferenceBodies.listDepartments()));
            int port = URI.create(proxy.baseUrl()).getPort();
            HttpClient viaProxy = HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", port))).build();
            TicketsClient client = TicketsClient.builder().baseUrl("http://tickets.invalid/api/v1").apiKey(API_KEY)
                .httpClient(viaProxy).build();
            // when
            client.listDepartments();
            // then: only the supplied client knows the proxy, so the request proves it was used
            assertThat(proxy.onlyRequest().path()).isEqualTo("/api/v1/tickets/departments");
            assertThat(proxy.onlyRequest().header("X-Api-Key")).isEqualTo(API_KEY);
        }
    }
}
