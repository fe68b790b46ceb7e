package com.skylightchat.tickets.stub.testing.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.NewTicket;
import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.model.Ticket;
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.stub.testing.containers.TicketsStubContainer;
import com.skylightchat.tickets.stub.testing.support.RequiresStubImage;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

@RequiresStubImage // not in the README: skips (or, in CI, fails) where there is no engine or no image of this build
// snippet:start testcontainers-simulate
@Testcontainers
class SimulatorContainerExampleIT {

    @Container
    static TicketsStubContainer stub =
        new TicketsStubContainer(DockerImageName.parse("skylight/tickets-stub:1.0.0-SNAPSHOT")).withSimulator();

    @Test
    void opensATicket() {
        TicketsClient client = TicketsClient.builder()
            .baseUrl(stub.getBaseUrl())
            .apiKey("test-api-key")
            .build();

        Ticket ticket = client.createTicket(NewTicket.builder().subject("Login fails").body("Since today.").build());

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(client.getTicket(ticket.getId()).getReplies()).hasSize(1);
    }
}
// snippet:end testcontainers-simulate
