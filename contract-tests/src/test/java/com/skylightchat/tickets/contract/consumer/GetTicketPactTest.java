package com.skylightchat.tickets.contract.consumer;

import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.skylightchat.tickets.contract.ContractNames;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.client.model.Reply;
import com.skylightchat.tickets.client.model.ReplyType;
import com.skylightchat.tickets.client.model.TicketPriority;
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.client.model.TicketWithReplies;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractNames.PROVIDER, pactVersion = PactSpecVersion.V4)
class GetTicketPactTest {

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact answeredTicket(PactDslWithProvider builder) {
        return builder
                .given("ticket 14 exists with status answered", Map.of("id", 14, "status", "answered"))
                .uponReceiving("a request for ticket 14 with its replies")
                .method("GET").path(path("/tickets/14"))
                .headers(KEY_HEADER)
                .willRespondWith().status(200).headers(JSON)
                .body(ticket14("answered"))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact closedTicket(PactDslWithProvider builder) {
        return builder
                .given("ticket 14 exists with status closed", Map.of("id", 14, "status", "closed"))
                .uponReceiving("a request for ticket 14 after it was closed")
                .method("GET").path(path("/tickets/14"))
                .headers(KEY_HEADER)
                .willRespondWith().status(200).headers(JSON)
                .body(ticket14("closed"))
                .toPact(V4Pact.class);
    }

    /**
     * Ticket 14 in {@code status} (exact: the state names it), as the reference's get-ticket example has it: no
     * timestamps on the ticket itself (spec note 7), a client and an admin reply.
     */
    private static DslPart ticket14(String status) {
        return LambdaDsl.newJsonBody(body -> {
            body.booleanValue("success", true);
            body.object("data", ticket -> {
                ticketIdentity(ticket, 14, "ABX9Y2KL", "WhatsApp channel not sending messages", "high");
                ticket.stringValue("status", status);
                department(ticket, "department", 2, "Technical Support");
                ticket.array("replies", replies -> referenceReplies(replies));
            });
        }).build();
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact missingTicket(PactDslWithProvider builder) {
        return builder
                .given("ticket 999 does not exist", Map.of("id", 999))
                .uponReceiving("a request for the missing ticket 999")
                .method("GET").path(path("/tickets/999"))
                .headers(KEY_HEADER)
                .willRespondWith().status(404).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> error(body, "Ticket not found.")).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "answeredTicket")
    void returnsTheTicketWithTheClientAndAdminRepliesOldestFirst(MockServer mockServer) {
        // when
        TicketWithReplies ticket = client(mockServer).getTicket(14L);

        // then
        assertThat(ticket.getId()).isEqualTo(14L);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ANSWERED);
        assertThat(ticket.getPriority()).isEqualTo(TicketPriority.HIGH);
        assertThat(ticket.getDepartment().getTitle()).isEqualTo("Technical Support");
        assertThat(ticket.getReplies()).extracting(Reply::getType).containsExactly(ReplyType.CLIENT, ReplyType.ADMIN);
        assertThat(ticket.getReplies().get(1).getReply()).startsWith("We have identified the issue");
        assertThat(ticket.getReplies().get(0).getCreatedAt()).isBefore(ticket.getReplies().get(1).getCreatedAt());
    }

    @Test
    @PactTestFor(pactMethod = "closedTicket")
    void showsThatAClosedTicketIsClosedWithItsHistory(MockServer mockServer) {
        // when
        TicketWithReplies ticket = client(mockServer).getTicket(14L);

        // then
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.getReplies()).hasSize(2);
    }

    @Test
    @PactTestFor(pactMethod = "missingTicket")
    void reportsNotFoundForATicketThatDoesNotExist(MockServer mockServer) {
        // when
        TicketsClientException error = catchThrowableOfType(TicketsClientException.class,
                () -> client(mockServer).getTicket(999L));

        // then
        assertThat(error.isNotFound()).isTrue();
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.errorMessage()).isEqualTo("Ticket not found.");
    }
}
