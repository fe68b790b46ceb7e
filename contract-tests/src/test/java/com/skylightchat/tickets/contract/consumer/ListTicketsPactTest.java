package com.skylightchat.tickets.contract.consumer;

import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.JSON;
import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.KEY_HEADER;
import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.client;
import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.department;
import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.path;
import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.ticketHead;
import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.timestamp;
import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.validationError;
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
import com.skylightchat.tickets.client.TicketQuery;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.client.TicketsPage;
import com.skylightchat.tickets.client.model.Ticket;
import com.skylightchat.tickets.client.model.TicketPriority;
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.contract.ContractNames;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractNames.PROVIDER, pactVersion = PactSpecVersion.V4)
class ListTicketsPactTest {

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact openHighPriorityTickets(PactDslWithProvider builder) {
        return builder
                .given("open high-priority tickets exist", Map.of("status", "open", "priority", "high"))
                .uponReceiving("a request for the first 50 open high-priority tickets")
                .method("GET").path(path("/tickets"))
                .query("status=open&priority=high&per_page=50&page=1")
                .headers(KEY_HEADER)
                .willRespondWith().status(200).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> {
                    body.booleanValue("success", true);
                    body.minArrayLike("data", 1, ticket -> {
                        ticketHead(ticket, 14, "ABX9Y2KL", "WhatsApp channel not sending messages", "high", "open");
                        department(ticket, "department", 2, "Technical Support");
                        timestamp(ticket, "last_reply_at", "2026-03-08T10:15:00.000000Z");
                        timestamp(ticket, "created_at", "2026-03-08T09:00:00.000000Z");
                        timestamp(ticket, "updated_at", "2026-03-08T10:15:00.000000Z");
                    });
                    body.object("meta", meta -> {
                        meta.integerType("current_page", 1);
                        meta.integerType("last_page", 1);
                        meta.integerType("per_page", 50);
                        meta.integerType("total", 1);
                    });
                }).build())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact noTickets(PactDslWithProvider builder) {
        return builder
                .given("no tickets exist")
                .uponReceiving("a request for tickets when there are none")
                .method("GET").path(path("/tickets"))
                .headers(KEY_HEADER)
                .willRespondWith().status(200).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> {
                    body.booleanValue("success", true);
                    body.array("data", data -> { });
                    body.object("meta", meta -> {
                        meta.integerType("current_page", 1);
                        meta.integerType("last_page", 1);
                        meta.integerType("per_page", 25);
                        meta.numberValue("total", 0);
                    });
                }).build())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact pageTooLarge(PactDslWithProvider builder) {
        return builder
                .given("tickets exist")
                .uponReceiving("a request for 500 tickets per page")
                .method("GET").path(path("/tickets"))
                .query("per_page=500")
                .headers(KEY_HEADER)
                .willRespondWith().status(422).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> validationError(body, "per_page",
                        "The per page field must not be greater than 100.")).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "openHighPriorityTickets")
    void listsTicketsFilteredByStatusAndPriorityOnePageAtATime(MockServer mockServer) {
        // given
        TicketQuery query = TicketQuery.builder().status(TicketStatus.OPEN).priority(TicketPriority.HIGH)
                .perPage(50).page(1).build();

        // when
        TicketsPage page = client(mockServer).listTickets(query);

        // then
        assertThat(page.tickets()).isNotEmpty().allSatisfy(ticket -> {
            assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
            assertThat(ticket.getPriority()).isEqualTo(TicketPriority.HIGH);
        });
        Ticket first = page.tickets().get(0);
        assertThat(first.getTicketId()).matches("[A-Z0-9]{8}");
        assertThat(first.getDepartment().getTitle()).isEqualTo("Technical Support");
        assertThat(first.getLastReplyAt()).isEqualTo(OffsetDateTime.parse("2026-03-08T10:15:00Z"));
        assertThat(page.perPage()).isEqualTo(50);
        assertThat(page.currentPage()).isEqualTo(1);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    @PactTestFor(pactMethod = "pageTooLarge")
    void reportsAFieldErrorWhenMoreThan100TicketsPerPageAreAsked(MockServer mockServer) {
        // when
        TicketsClientException error = catchThrowableOfType(TicketsClientException.class,
                () -> client(mockServer).listTickets(TicketQuery.builder().perPage(500).build()));

        // then
        assertThat(error.isValidationError()).isTrue();
        assertThat(error.fieldErrors().get("per_page"))
                .containsExactly("The per page field must not be greater than 100.");
    }

    @Test
    @PactTestFor(pactMethod = "noTickets")
    void returnsAnEmptyPageWhenTheAccountHasNoTickets(MockServer mockServer) {
        // when
        TicketsPage page = client(mockServer).listTickets();

        // then
        assertThat(page.tickets()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.lastPage()).isEqualTo(1);
    }
}
