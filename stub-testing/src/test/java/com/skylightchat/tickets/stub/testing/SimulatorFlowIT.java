package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skylightchat.tickets.client.NewTicket;
import com.skylightchat.tickets.client.TicketQuery;
import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.client.model.ReplyType;
import com.skylightchat.tickets.client.model.Ticket;
import com.skylightchat.tickets.client.model.TicketPriority;
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.client.model.TicketWithReplies;
import com.skylightchat.tickets.stub.Mode;
import com.skylightchat.tickets.testsupport.SpecCheckingHttpClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A help-desk flow through the generated client against the simulator, run by the JUnit extension in simulate mode:
 * create, get, the support team answers, the client's reply re-opens, close, a reply is refused, and the list
 * filters see every step. Every exchange is judged by the spec validator before the client reads it.
 */
@TicketsStubTest(mode = Mode.SIMULATE)
class SimulatorFlowIT {

    @Test
    void walksATicketFromCreateToClosedAndTheListFiltersSeeEachStep(TicketsStubInfo stub) {
        // given
        SpecCheckingHttpClient spec = new SpecCheckingHttpClient();
        TicketsClient client = TicketsClient.builder().baseUrl(stub.baseUrl()).apiKey(stub.apiKey())
            .httpClient(spec).build();

        // when: the client opens a ticket
        Ticket created = client.createTicket(NewTicket.builder().subject("WhatsApp channel not sending messages")
            .body("Since this morning nothing is delivered.").priority(TicketPriority.HIGH).build());
        long id = created.getId();
        TicketWithReplies opened = client.getTicket(id);

        // then
        assertThat(created.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(opened.getReplies()).extracting(r -> r.getType()).containsExactly(ReplyType.CLIENT);
        assertThat(ids(client, TicketStatus.OPEN)).containsExactly(id);

        // when: the support team answers (the admin side of the simulator)
        stub.simulator().agentReply(id, "We are rolling out a fix.");

        // then
        assertThat(client.getTicket(id).getStatus()).isEqualTo(TicketStatus.ANSWERED);
        assertThat(ids(client, TicketStatus.ANSWERED)).containsExactly(id);
        assertThat(ids(client, TicketStatus.OPEN)).isEmpty();

        // when: the client replies, which re-opens it
        TicketWithReplies replied = client.replyToTicket(id, "Works again, thank you!");

        // then
        assertThat(replied.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(replied.getReplies()).extracting(r -> r.getType())
            .containsExactly(ReplyType.CLIENT, ReplyType.ADMIN, ReplyType.CLIENT);
        assertThat(ids(client, TicketStatus.OPEN)).containsExactly(id);

        // when: the client closes it and tries to reply again
        Ticket closed = client.closeTicket(id);

        // then
        assertThat(closed.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThatThrownBy(() -> client.replyToTicket(id, "One more thing"))
            .isInstanceOfSatisfying(TicketsClientException.class, e -> {
                assertThat(e.isValidationError()).isTrue();
                assertThat(e.fieldErrors()).containsKey("ticket");
            });
        assertThat(ids(client, TicketStatus.CLOSED)).containsExactly(id);
        assertThat(ids(client, TicketStatus.OPEN)).isEmpty();
        assertThat(client.listTickets(TicketQuery.builder().priority(TicketPriority.HIGH).build()).total())
            .isEqualTo(1);
        assertThat(spec.checked()).as("exchanges judged by the spec validator").isEqualTo(13);
    }

    private static List<Long> ids(TicketsClient client, TicketStatus status) {
        return client.listTickets(TicketQuery.builder().status(status).build()).tickets().stream()
            .map(Ticket::getId).toList();
    }
}
