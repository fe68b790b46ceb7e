package com.skylightchat.tickets.contract.consumer;

import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
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
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.client.model.TicketWithReplies;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractNames.PROVIDER, pactVersion = PactSpecVersion.V4)
class ReplyToTicketPactTest {

    private static final String REPLY = "The issue is resolved now, thank you!";

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact replyToAnsweredTicket(PactDslWithProvider builder) {
        return builder
                .given("ticket 14 exists with status answered", Map.of("id", 14, "status", "answered"))
                .uponReceiving("a reply to the answered ticket 14")
                .method("POST").path(path("/tickets/14/reply"))
                .headers(JSON_KEY_HEADERS)
                .body(LambdaDsl.newJsonBody(body -> body.stringValue("reply", REPLY)).build())
                .willRespondWith().status(200).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> {
                    body.booleanValue("success", true);
                    body.object("data", ticket -> {
                        // Re-opening is the point: status is an exact value, not a regex.
                        ticketIdentity(ticket, 14, "ABX9Y2KL", "WhatsApp channel not sending messages", "high");
                        ticket.stringValue("status", "open");
                        department(ticket, "department", 2, "Technical Support");
                        timestamp(ticket, "last_reply_at", "2026-03-08T10:15:00.000000Z");
                        timestamp(ticket, "created_at", "2026-03-08T09:00:00.000000Z");
                        timestamp(ticket, "updated_at", "2026-03-08T10:15:00.000000Z");
                        ticket.array("replies", replies -> {
                            referenceReplies(replies);
                            // The new reply is the point: its text and type are exact values.
                            replies.object(reply -> {
                                reply.integerType("id", 3);
                                reply.stringValue("reply", REPLY);
                                reply.stringValue("type", "client");
                                timestamp(reply, "created_at", "2026-03-08T10:15:00.000000Z");
                            });
                        });
                    });
                }).build())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact replyToClosedTicket(PactDslWithProvider builder) {
        return builder
                .given("ticket 21 exists with status closed", Map.of("id", 21, "status", "closed"))
                .uponReceiving("a reply to the closed ticket 21")
                .method("POST").path(path("/tickets/21/reply"))
                .headers(JSON_KEY_HEADERS)
                .body(LambdaDsl.newJsonBody(body -> body.stringValue("reply", "Is there any update on this?")).build())
                .willRespondWith().status(422).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> validationError(body, "ticket",
                        "This ticket is closed and cannot receive replies.")).build())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact replyToMissingTicket(PactDslWithProvider builder) {
        return builder
                .given("ticket 999 does not exist", Map.of("id", 999))
                .uponReceiving("a reply to the missing ticket 999")
                .method("POST").path(path("/tickets/999/reply"))
                .headers(JSON_KEY_HEADERS)
                .body(LambdaDsl.newJsonBody(body -> body.stringValue("reply", REPLY)).build())
                .willRespondWith().status(404).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> error(body, "Ticket not found.")).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "replyToMissingTicket")
    void reportsNotFoundWhenReplyingToATicketThatDoesNotExist(MockServer mockServer) {
        TicketsClientException error = catchThrowableOfType(TicketsClientException.class,
                () -> client(mockServer).replyToTicket(999L, REPLY));

        assertThat(error.isNotFound()).isTrue();
        assertThat(error.errorMessage()).isEqualTo("Ticket not found.");
    }

    @Test
    @PactTestFor(pactMethod = "replyToAnsweredTicket")
    void reopensAnAnsweredTicketAndReturnsItWithTheNewReplyLast(MockServer mockServer) {
        // when
        TicketWithReplies ticket = client(mockServer).replyToTicket(14L, REPLY);

        // then
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
        Reply last = ticket.getReplies().get(ticket.getReplies().size() - 1);
        assertThat(last.getReply()).isEqualTo(REPLY);
        assertThat(last.getType()).isEqualTo(ReplyType.CLIENT);
        assertThat(ticket.getLastReplyAt()).isEqualTo(last.getCreatedAt());
    }

    @Test
    @PactTestFor(pactMethod = "replyToClosedTicket")
    void refusesAReplyToAClosedTicketWithATicketFieldError(MockServer mockServer) {
        // when
        TicketsClientException error = catchThrowableOfType(TicketsClientException.class,
                () -> client(mockServer).replyToTicket(21L, "Is there any update on this?"));

        // then
        assertThat(error.isValidationError()).isTrue();
        assertThat(error.fieldErrors()).containsKey("ticket");
        assertThat(error.fieldErrors().get("ticket")).containsExactly("This ticket is closed and cannot receive replies.");
    }
}
