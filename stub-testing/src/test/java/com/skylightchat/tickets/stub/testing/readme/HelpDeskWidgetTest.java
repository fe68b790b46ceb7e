package com.skylightchat.tickets.stub.testing.readme;

// snippet:start junit-simulate
import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.NewTicket;
import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.model.Reply;
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.client.model.TicketWithReplies;
import com.skylightchat.tickets.stub.Mode;
import com.skylightchat.tickets.stub.testing.TicketsStubInfo;
import com.skylightchat.tickets.stub.testing.TicketsStubTest;
import org.junit.jupiter.api.Test;

@TicketsStubTest(mode = Mode.SIMULATE)
class HelpDeskWidgetTest {

    @Test
    void showsTheSupportTeamsAnswer(TicketsClient client, TicketsStubInfo stub) {
        // given: a ticket the user opened, answered by the support team (the simulator's admin side)
        long id = client.createTicket(NewTicket.builder().subject("Login fails").body("Since today.").build())
            .getId();
        stub.simulator().agentReply(id, "Fixed, please try again.");

        // when
        TicketWithReplies ticket = client.getTicket(id);

        // then
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ANSWERED);
        assertThat(ticket.getReplies()).extracting(Reply::getReply)
            .containsExactly("Since today.", "Fixed, please try again.");
    }
}
// snippet:end junit-simulate
