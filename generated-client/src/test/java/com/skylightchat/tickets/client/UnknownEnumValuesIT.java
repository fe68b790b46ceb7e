package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skylightchat.tickets.client.model.ReplyType;
import com.skylightchat.tickets.client.model.TicketPriority;
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.client.model.TicketWithReplies;
import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.client.testing.RecordingProvider;
import com.skylightchat.tickets.client.testing.ReferenceBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tolerant reader decision ({@code enumUnknownDefaultCase=true}): when the provider starts sending a status,
 * priority or reply type this client does not know, the answer is still read, the unknown value becomes
 * {@code UNKNOWN_DEFAULT_OPEN_API} and every other field keeps its value.
 */
class UnknownEnumValuesIT {
    @RegisterExtension
    final RecordingProvider provider = new RecordingProvider();

    @Test
    void readsValuesAddedByTheProviderLaterAsUnknownInsteadOfFailing() {
        // given: a status, a priority and a reply type that the spec does not list (yet)
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.getTicket14()
            .replace("\"status\": \"answered\"", "\"status\": \"pending_customer\"")
            .replace("\"priority\": \"high\"", "\"priority\": \"urgent\"")
            .replace("\"type\": \"admin\"", "\"type\": \"bot\"")));
        // when
        TicketWithReplies ticket = provider.client().getTicket(14L);
        // then
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(ticket.getPriority()).isEqualTo(TicketPriority.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(ticket.getReplies().get(1).getType()).isEqualTo(ReplyType.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(ticket.getReplies().get(0).getType()).isEqualTo(ReplyType.CLIENT);
        assertThat(ticket.getTicketId()).isEqualTo("ABX9Y2KL");
        assertThat(ticket.getDepartment().getTitle()).isEqualTo("Technical Support");
    }

    @Test
    void readsAFieldAddedByTheProviderLaterByIgnoringIt() {
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.getTicket14()
            .replace("\"ticket_id\": \"ABX9Y2KL\",", "\"ticket_id\": \"ABX9Y2KL\", \"channel\": {\"id\": 9},")));

        assertThat(provider.client().getTicket(14L).getTicketId()).isEqualTo("ABX9Y2KL");
    }

    @Test
    void refusesTheUnknownSentinelAsAFilterBecauseItIsNotAnApiValue() {
        assertThatThrownBy(() -> TicketQuery.builder().status(TicketStatus.UNKNOWN_DEFAULT_OPEN_API).build())
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NewTicket.builder().subject("s").body("b")
            .priority(TicketPriority.UNKNOWN_DEFAULT_OPEN_API).build())
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(provider.server().requests()).isEmpty();
    }
}
