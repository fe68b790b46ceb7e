package com.skylightchat.tickets.stub.testing.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.NewTicket;
import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.testsupport.Http;
import com.skylightchat.tickets.stub.testing.support.RequiresStubImage;
import com.skylightchat.tickets.testsupport.SpecCheckingHttpClient;
import com.skylightchat.tickets.stub.testing.support.StubImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The image of this build in simulate mode, through {@link TicketsStubContainer#withSimulator()}. */
@RequiresStubImage
class SimulatorContainerIT {

    @Test
    void simulatesTheApiAndTakesTheSupportTeamsReplyThroughTheAdminApi() throws Exception {
        try (TicketsStubContainer stub = new TicketsStubContainer(StubImage.builtInThisBuild()).withSimulator()) {
            // given
            stub.start();
            TicketsClient client = TicketsClient.builder().baseUrl(stub.getBaseUri()).apiKey("test-api-key")
                .httpClient(new SpecCheckingHttpClient()).build();
            long id = client.createTicket(NewTicket.builder().subject("s").body("b").build()).getId();

            // when
            HttpResponse<String> answered = agentReply(stub, id, "{\"reply\":\"We are on it.\"}");
            HttpResponse<String> health = new Http(stub.getBaseUri()).get("/__stub/health", Map.of());

            // then
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(client.getTicket(id).getStatus()).isEqualTo(TicketStatus.ANSWERED);
            assertThat(Http.json(health).path("mode").asText()).isEqualTo("simulate");
            assertThat(Http.json(health).path("tickets").asInt()).isEqualTo(1);
        }
    }

    private static HttpResponse<String> agentReply(TicketsStubContainer stub, long id, String json)
        throws IOException, InterruptedException {
        URI uri = URI.create(stub.getOrigin() + "/__stub/simulator/tickets/" + id + "/agent-replies");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
            .header("X-Stub-Admin-Token", stub.getAdminToken()).POST(HttpRequest.BodyPublishers.ofString(json))
            .build(), HttpResponse.BodyHandlers.ofString());
    }
}
