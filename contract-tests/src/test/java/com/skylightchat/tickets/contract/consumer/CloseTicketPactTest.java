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
import com.skylightchat.tickets.client.model.Ticket;
import com.skylightchat.tickets.client.model.TicketStatus;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractNames.PROVIDER, pactVersion = PactSpecVersion.V4)
class CloseTicketPactTest {

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact closeOpenTicket(PactDslWithProvider builder) {
        return builder
                .given("ticket 14 exists with status open", Map.of("id", 14, "status", "open"))
                .uponReceiving("a request to close ticket 14")
                .method("POST").path(path("/tickets/14/close"))
                .headers(KEY_HEADER)
                .willRespondWith().status(200).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> {
                    body.booleanValue("success", true);
                    body.object("data", ticket -> {
                        ticketIdentity(ticket, 14, "ABX9Y2KL", "WhatsApp channel not sending messages", "high");
                        ticket.stringValue("status", "closed");
                        department(ticket, "department", 2, "Technical Support");
                        timestamp(ticket, "last_reply_at", "2026-03-08T10:15:00.000000Z");
                        timestamp(ticket, "created_at", "2026-03-08T09:00:00.000000Z");
                        timestamp(ticket, "updated_at", "2026-03-08T10:20:00.000000Z");
                    });
                }).build())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact closeMissingTicket(PactDslWithProvider builder) {
        return builder
                .given("ticket 999 does not exist", Map.of("id", 999))
                .uponReceiving("a request to close the missing ticket 999")
                .method("POST").path(path("/tickets/999/close"))
                .headers(KEY_HEADER)
                .willRespondWith().status(404).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> error(body, "Ticket not found.")).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "closeOpenTicket")
    void closesTheTicketAndReturnsItClosed(MockServer mockServer) {
        // when
        Ticket closed = client(mockServer).closeTicket(14L);

        // then
        assertThat(closed.getId()).isEqualTo(14L);
        assertThat(closed.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.getUpdatedAt()).isAfter(closed.getCreatedAt());
    }

    @Test
    @PactTestFor(pactMethod = "closeMissingTicket")
    void reportsNotFoundWhenClosingATicketThatDoesNotExist(MockServer mockServer) {
        TicketsClientException error = catchThrowableOfType(TicketsClientException.class,
                () -> client(mockServer).closeTicket(999L));

        assertThat(error.isNotFound()).isTrue();
    }
}
