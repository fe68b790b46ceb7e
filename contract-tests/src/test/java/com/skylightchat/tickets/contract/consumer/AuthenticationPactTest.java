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
import com.skylightchat.tickets.client.NewTicket;
import com.skylightchat.tickets.client.TicketsClientException;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractNames.PROVIDER, pactVersion = PactSpecVersion.V4)
class AuthenticationPactTest {

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact listWithWrongKey(PactDslWithProvider builder) {
        return builder
                .given("the API key revoked-api-key is not valid", Map.of("apiKey", WRONG_API_KEY))
                .uponReceiving("a request for tickets with a wrong API key")
                .method("GET").path(path("/tickets"))
                .headers(Map.of("X-Api-Key", WRONG_API_KEY))
                .willRespondWith().status(401).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> unauthenticated(body)).build())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact departmentsWithWrongKey(PactDslWithProvider builder) {
        return builder
                .given("the API key revoked-api-key is not valid", Map.of("apiKey", WRONG_API_KEY))
                .uponReceiving("a request for departments with a wrong API key")
                .method("GET").path(path("/tickets/departments"))
                .headers(Map.of("X-Api-Key", WRONG_API_KEY))
                .willRespondWith().status(401).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> unauthenticated(body)).build())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact createWithWrongKey(PactDslWithProvider builder) {
        return unauthorized(builder, "a request to create a ticket with a wrong API key", "POST", "/tickets",
                "{\"subject\":\"Billing question about my subscription\",\"body\":\"I was charged twice.\"}");
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact getWithWrongKey(PactDslWithProvider builder) {
        return unauthorized(builder, "a request for ticket 14 with a wrong API key", "GET", "/tickets/14", null);
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact replyWithWrongKey(PactDslWithProvider builder) {
        return unauthorized(builder, "a reply to ticket 14 with a wrong API key", "POST", "/tickets/14/reply",
                "{\"reply\":\"The issue is resolved now, thank you!\"}");
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact closeWithWrongKey(PactDslWithProvider builder) {
        return unauthorized(builder, "a request to close ticket 14 with a wrong API key", "POST",
                "/tickets/14/close", null);
    }

    /** The same refusal for any operation: the key is checked before anything else. */
    private static V4Pact unauthorized(PactDslWithProvider builder, String description, String method, String path,
                                       String jsonBody) {
        var request = builder
                .given("the API key revoked-api-key is not valid", Map.of("apiKey", WRONG_API_KEY))
                .uponReceiving(description)
                .method(method).path(path(path));
        if (jsonBody != null) {
            request = request.headers(Map.of("X-Api-Key", WRONG_API_KEY, "Content-Type", "application/json"))
                    .body(jsonBody);
        } else {
            request = request.headers(Map.of("X-Api-Key", WRONG_API_KEY));
        }
        return request.willRespondWith().status(401).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> unauthenticated(body)).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createWithWrongKey")
    void reportsUnauthorizedForCreateWhenTheKeyIsWrong(MockServer mockServer) {
        NewTicket ticket = NewTicket.builder().subject("Billing question about my subscription")
                .body("I was charged twice.").build();

        assertThat(refusal(() -> client(mockServer, WRONG_API_KEY).createTicket(ticket)).isUnauthorized()).isTrue();
    }

    @Test
    @PactTestFor(pactMethod = "getWithWrongKey")
    void reportsUnauthorizedForGetWhenTheKeyIsWrong(MockServer mockServer) {
        assertThat(refusal(() -> client(mockServer, WRONG_API_KEY).getTicket(14L)).isUnauthorized()).isTrue();
    }

    @Test
    @PactTestFor(pactMethod = "replyWithWrongKey")
    void reportsUnauthorizedForReplyWhenTheKeyIsWrong(MockServer mockServer) {
        assertThat(refusal(() -> client(mockServer, WRONG_API_KEY)
                .replyToTicket(14L, "The issue is resolved now, thank you!")).isUnauthorized()).isTrue();
    }

    @Test
    @PactTestFor(pactMethod = "closeWithWrongKey")
    void reportsUnauthorizedForCloseWhenTheKeyIsWrong(MockServer mockServer) {
        assertThat(refusal(() -> client(mockServer, WRONG_API_KEY).closeTicket(14L)).isUnauthorized()).isTrue();
    }

    private static TicketsClientException refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(TicketsClientException.class, call);
    }

    @Test
    @PactTestFor(pactMethod = "listWithWrongKey")
    void reportsUnauthorizedWhenTheKeyIsWrong(MockServer mockServer) {
        // when
        TicketsClientException error = catchThrowableOfType(TicketsClientException.class,
                () -> client(mockServer, WRONG_API_KEY).listTickets());

        // then
        assertThat(error.isUnauthorized()).isTrue();
        assertThat(error.status()).isEqualTo(401);
        assertThat(error.errorMessage()).isEqualTo("Unauthenticated.");
    }

    @Test
    @PactTestFor(pactMethod = "departmentsWithWrongKey")
    void reportsUnauthorizedForDepartmentsWhenTheKeyIsWrong(MockServer mockServer) {
        TicketsClientException error = catchThrowableOfType(TicketsClientException.class,
                () -> client(mockServer, WRONG_API_KEY).listDepartments());

        assertThat(error.isUnauthorized()).isTrue();
    }
}
