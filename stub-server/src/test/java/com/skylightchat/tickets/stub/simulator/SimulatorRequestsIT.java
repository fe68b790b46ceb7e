package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.testing.Simulators;
import com.skylightchat.tickets.stub.testing.SpecCheckedApi;
import com.skylightchat.tickets.stub.testing.SpecCheckedApi.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the simulator answers to requests the API refuses or does not have: keys (401), paths and methods outside
 * the spec (404, 405, always with a JSON reason), bodies that are not JSON (400 with line and column, 415).
 */
class SimulatorRequestsIT {

    private final StubServer stub = Simulators.start(b -> b.apiKeys(List.of("key-one", "key-two")));
    private final SpecCheckedApi keyless = new SpecCheckedApi(stub.baseUrl(), null);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void acceptsEveryConfiguredKeyAndAnswers401WithoutOneOrWithAnother() {
        // when
        Exchange one = call("GET", "/api/v1/tickets", null, "key-one");
        Exchange two = call("GET", "/api/v1/tickets/departments", null, "key-two");
        Exchange missing = keyless.get("/api/v1/tickets/departments");
        Exchange wrong = call("POST", "/api/v1/tickets", "{}", "test-api-key");

        // then
        assertThat(one.status()).isEqualTo(200);
        assertThat(two.status()).isEqualTo(200);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().toString()).isEqualTo("{\"success\":false,\"message\":\"Unauthenticated.\"}");
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void answersAPathTheSpecDoesNotHaveWith404NamingThePathsItHas() {
        Exchange unknown = call("GET", "/api/v1/customers", null, "key-one");
        Exchange notAnId = call("GET", "/api/v1/tickets/ABX9Y2KL", null, "key-one");
        Exchange withoutBase = call("GET", "/tickets/14", null, "key-one");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).contains("GET /api/v1/customers")
                .contains("POST /api/v1/tickets/{id}/reply");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(notAnId.json().get("message").asText()).contains("a ticket id is a positive integer");
        assertThat(withoutBase.status()).isEqualTo(404);
        assertThat(stub.unmatched()).hasSize(3);
    }

    @Test
    void answersAMethodThePathDoesNotTakeWith405AndAllow() {
        Exchange delete = call("DELETE", "/api/v1/tickets/14", null, "key-one");

        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.response().headers().firstValue("Allow")).hasValue("GET");
        assertThat(delete.json().get("message").asText()).contains("GET").contains("DELETE");
    }

    @Test
    void answersAMalformedBodyWith400NamingLineAndColumn() {
        Exchange broken = call("POST", "/api/v1/tickets", "{\"subject\": \"s\",\n \"body\": }", "key-one");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("message").asText()).contains("line 2, column");
    }

    @Test
    void answersABodyThatIsNotJsonWith415() {
        Exchange form = keyless.send("POST", "/api/v1/tickets", "subject=s&body=b",
                Map.of("X-Api-Key", "key-one", "Content-Type", "application/x-www-form-urlencoded"));

        assertThat(form.status()).isEqualTo(415);
        assertThat(form.json().get("message").asText()).contains("application/json");
    }

    @Test
    void checksTheKeyBeforeTheTicketAndTheTicketBeforeTheBody() {
        Exchange noKey = keyless.post("/api/v1/tickets/999/reply", "{}");
        Exchange missingTicket = call("POST", "/api/v1/tickets/999/reply", "{}", "key-one");

        assertThat(noKey.status()).isEqualTo(401);
        assertThat(missingTicket.status()).isEqualTo(404);
    }

    private Exchange call(String method, String path, String body, String key) {
        return keyless.send(method, path, body, body == null ? Map.of("X-Api-Key", key)
                : Map.of("X-Api-Key", key, "Content-Type", "application/json"));
    }
}
