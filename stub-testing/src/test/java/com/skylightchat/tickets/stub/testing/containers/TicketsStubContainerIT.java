package com.skylightchat.tickets.stub.testing.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.model.TicketWithReplies;
import com.skylightchat.tickets.testsupport.Http;
import com.skylightchat.tickets.stub.testing.support.RecordedInteraction;
import com.skylightchat.tickets.stub.testing.support.RequiresStubImage;
import com.skylightchat.tickets.stub.testing.support.StubImage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/** The stub image built in this build, run through {@link TicketsStubContainer} with the pacts embedded in it. */
@RequiresStubImage
class TicketsStubContainerIT {
    private static DockerImageName image;
    private static TicketsStubContainer stub;

    @BeforeAll
    static void startTheImageBuiltInThisBuild() {
        image = StubImage.builtInThisBuild();
        stub = new TicketsStubContainer(image);
        stub.start();
    }

    @AfterAll
    static void stop() {
        if (stub != null) {
            stub.stop();
        }
    }

    @Test
    void answersTheHealthCheckWithTheEmbeddedInteractions() {
        // when
        HttpResponse<String> health = new Http(stub.getBaseUri()).get("/__stub/health", Map.of());

        // then
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(health);
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.path("interactions").asInt()).isPositive();
    }

    @Test
    void answersGetTicketWithTheBodyTheConsumerTestsRecorded() {
        // given
        RecordedInteraction recorded = RecordedInteraction.embeddedGetTicket();

        // when
        HttpResponse<String> response = recorded.sendTo(stub.getBaseUri());

        // then
        assertThat(response.statusCode()).isEqualTo(recorded.status());
        assertThat(Http.json(response)).isEqualTo(recorded.body());
    }

    @Test
    void servesTheGeneratedClientFromOutsideTheContainer() {
        // given
        RecordedInteraction recorded = RecordedInteraction.embeddedGetTicket();
        TicketsClient client = TicketsClient.builder().baseUrl(stub.getBaseUri())
            .apiKey(recorded.headers().get("X-Api-Key")).build();

        // when
        TicketWithReplies ticket = client.getTicket(recorded.ticketId());

        // then
        assertThat(ticket.getId()).isEqualTo(recorded.ticketId());
        assertThat(ticket.getSubject()).isEqualTo(recorded.body().path("data").path("subject").asText());
    }

    @Test
    void runsAsTheNonRootUserOfTheImage() {
        assertThat(stub.getContainerInfo().getConfig().getUser()).isEqualTo("10001:10001");
    }

    @Test
    void replacesTheEmbeddedPactsWithAGivenPactDirectory() {
        // given
        RecordedInteraction embedded = RecordedInteraction.embeddedGetTicket();
        Path pacts = Path.of("src/test/resources/pacts");

        try (TicketsStubContainer other = new TicketsStubContainer(image).withPacts(pacts)) {
            // when
            other.start();
            HttpResponse<String> partner = new Http(other.getBaseUri()).get("/api/v1/tickets/99", Map.of("X-Api-Key",
                "partner-key"));
            HttpResponse<String> formerlyEmbedded = embedded.sendTo(other.getBaseUri());

            // then
            assertThat(partner.statusCode()).isEqualTo(200);
            assertThat(Http.json(partner).path("data").path("ticket_id").asText()).isEqualTo("PRTNR099");
            assertThat(formerlyEmbedded.statusCode()).isNotEqualTo(embedded.status());
            assertThat(Http.json(new Http(other.getBaseUri()).get("/__stub/health", Map.of())).path("interactions")
                .asInt()).isEqualTo(1);
        }
    }

    @Test
    void servesAPactFileFromTheTestClasspath() {
        try (TicketsStubContainer other = new TicketsStubContainer(image)
            .withPactsFromClasspath("pacts/other-tickets.json")) {
            // when
            other.start();
            HttpResponse<String> partner = new Http(other.getBaseUri()).get("/api/v1/tickets/99", Map.of("X-Api-Key",
                "partner-key"));

            // then
            assertThat(partner.statusCode()).isEqualTo(200);
        }
    }
}
