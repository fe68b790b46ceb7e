package com.skylightchat.tickets.contract.consumer;

import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.PM;
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
import com.skylightchat.tickets.client.NewTicket;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.client.model.Ticket;
import com.skylightchat.tickets.client.model.TicketPriority;
import com.skylightchat.tickets.client.model.TicketStatus;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractNames.PROVIDER, pactVersion = PactSpecVersion.V4)
class CreateTicketPactTest {

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact createWithDefaults(PactDslWithProvider builder) {
        return builder
                .given("department 1 is the first available department", Map.of("departmentId", 1))
                .uponReceiving("a request to create a ticket with only subject and body")
                .method("POST").path(path("/tickets"))
                .headers(JSON_KEY_HEADERS)
                .body(LambdaDsl.newJsonBody(body -> {
                    body.stringValue("subject", "Billing question about my subscription");
                    body.stringValue("body", "I was charged twice for March. Account ID 9.");
                }).build())
                .willRespondWith().status(201).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> {
                    body.booleanValue("success", true);
                    body.object("data", ticket -> {
                        // The defaults are the point here, so priority, status and department are exact values.
                        ticket.integerType("id", 15);
                        ticket.stringMatcher("ticket_id", "[A-Z0-9]{8}", "QW3RT7ZP");
                        ticket.stringValue("subject", "Billing question about my subscription");
                        ticket.stringValue("priority", "medium");
                        ticket.stringValue("status", "open");
                        ticket.object("department", department -> {
                            department.numberValue("id", 1);
                            department.stringType("title", "Billing");
                        });
                        // null or the creation time: the reference does not say which (spec note 8)
                        ticket.or("last_reply_at", null, PM.nullValue(), PM.timestamp(TIMESTAMP_FORMAT));
                        timestamp(ticket, "created_at", "2026-03-08T09:00:00.000000Z");
                        timestamp(ticket, "updated_at", "2026-03-08T09:00:00.000000Z");
                    });
                }).build())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact createForUnknownDepartment(PactDslWithProvider builder) {
        return builder
                .given("department 999 does not exist", Map.of("departmentId", 999))
                .uponReceiving("a request to create a ticket for an unknown department")
                .method("POST").path(path("/tickets"))
                .headers(JSON_KEY_HEADERS)
                .body(LambdaDsl.newJsonBody(body -> {
                    body.stringValue("subject", "WhatsApp channel not sending messages");
                    body.stringValue("body", "Since this morning our WhatsApp channel stopped delivering messages.");
                    body.stringValue("priority", "high");
                    body.numberValue("department_id", 999);
                }).build())
                .willRespondWith().status(422).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> validationError(body, "department_id",
                        "The selected department id is invalid.")).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createWithDefaults")
    void createsAnOpenMediumTicketInTheFirstDepartmentWhenOnlySubjectAndBodyAreGiven(MockServer mockServer) {
        // given
        NewTicket newTicket = NewTicket.builder().subject("Billing question about my subscription")
                .body("I was charged twice for March. Account ID 9.").build();

        // when
        Ticket created = client(mockServer).createTicket(newTicket);

        // then
        assertThat(created.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(created.getPriority()).isEqualTo(TicketPriority.MEDIUM);
        assertThat(created.getDepartment().getId()).isEqualTo(1L);
        assertThat(created.getLastReplyAt()).isNull();
        assertThat(created.getTicketId()).matches("[A-Z0-9]{8}");
        assertThat(created.getCreatedAt()).isNotNull();
    }

    @Test
    @PactTestFor(pactMethod = "createForUnknownDepartment")
    void reportsTheFieldErrorsWhenTheDepartmentIsUnknown(MockServer mockServer) {
        // given
        NewTicket newTicket = NewTicket.builder().subject("WhatsApp channel not sending messages")
                .body("Since this morning our WhatsApp channel stopped delivering messages.")
                .priority(TicketPriority.HIGH).departmentId(999L).build();

        // when
        TicketsClientException error = catchThrowableOfType(TicketsClientException.class,
                () -> client(mockServer).createTicket(newTicket));

        // then
        assertThat(error.isValidationError()).isTrue();
        assertThat(error.status()).isEqualTo(422);
        assertThat(error.errorMessage()).isEqualTo("The selected department id is invalid.");
        assertThat(error.fieldErrors()).containsOnlyKeys("department_id");
        assertThat(error.fieldErrors().get("department_id")).containsExactly("The selected department id is invalid.");
    }
}
