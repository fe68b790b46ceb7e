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

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractNames.PROVIDER, pactVersion = PactSpecVersion.V4)
class AuthenticationPactTest {

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact listWithWrongKey(PactDslWithProvider builder) {
        return builder
                .given("the API key revoked-api-key is not valid", Map.of("apiKey", WRONG_API_KEY))
                .uponReceiving("a request for tickets with a wrong API key")
                .method("GET").path("/tickets")
                .headers(Map.of("X-Api-Key", WRONG_API_KEY))
                .willRespondWith().status(401).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> error(body, "Unauthenticated.")).build())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact departmentsWithWrongKey(PactDslWithProvider builder) {
        return builder
                .given("the API key revoked-api-key is not valid", Map.of("apiKey", WRONG_API_KEY))
                .uponReceiving("a request for departments with a wrong API key")
                .method("GET").path("/tickets/departments")
                .headers(Map.of("X-Api-Key", WRONG_API_KEY))
                .willRespondWith().status(401).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> error(body, "Unauthenticated.")).build())
                .toPact(V4Pact.class);
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
