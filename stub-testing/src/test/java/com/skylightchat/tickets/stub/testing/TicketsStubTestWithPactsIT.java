package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.client.model.TicketWithReplies;
import com.skylightchat.tickets.stub.testing.support.RecordedInteraction;
import org.junit.jupiter.api.Test;

/** {@code @TicketsStubTest(pacts = ...)}: other pact files replace the embedded ones. */
@TicketsStubTest(pacts = "classpath:pacts/other-tickets.json", unmatchedRequests = UnmatchedRequests.ALLOW)
class TicketsStubTestWithPactsIT {

    @Test
    void servesTheGivenPactWithTheKeyItWasRecordedWith(TicketsClient client, TicketsStubInfo stub) {
        // when
        TicketWithReplies ticket = client.getTicket(99);

        // then
        assertThat(stub.apiKey()).isEqualTo("partner-key");
        assertThat(ticket.getTicketId()).isEqualTo("PRTNR099");
        assertThat(ticket.getReplies()).hasSize(2);
    }

    @Test
    void noLongerServesTheEmbeddedPacts(TicketsClient client) {
        long embeddedTicket = RecordedInteraction.embeddedGetTicket().ticketId();

        assertThatThrownBy(() -> client.getTicket(embeddedTicket)).isInstanceOf(TicketsClientException.class);
    }
}
