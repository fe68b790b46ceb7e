package com.skylightchat.tickets.stub.testing.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.model.TicketWithReplies;
import com.skylightchat.tickets.stub.testing.TicketsStubInfo;
import com.skylightchat.tickets.stub.testing.TicketsStubTest;
import org.junit.jupiter.api.Test;

// snippet:start junit
@TicketsStubTest
class TicketLookupIT {

    @Test
    void showsTheRepliesOfATicket(TicketsClient client, TicketsStubInfo stub) {
        // given: the stub serves the pacts embedded in it; the injected client is pointed at it

        // when
        TicketWithReplies ticket = client.getTicket(14);

        // then
        assertThat(ticket.getTicketId()).isEqualTo("ABX9Y2KL");
        assertThat(ticket.getReplies()).hasSize(2);
        assertThat(stub.requests("GET", "/api/v1/tickets/14")).singleElement()
            .satisfies(request -> assertThat(request.header("X-Api-Key")).isEqualTo(stub.apiKey()));
    }
}
// snippet:end junit
