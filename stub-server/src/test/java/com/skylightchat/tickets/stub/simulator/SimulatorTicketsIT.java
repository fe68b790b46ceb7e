package com.skylightchat.tickets.stub.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.testing.SpecCheckedApi;
import com.skylightchat.tickets.stub.testing.SpecCheckedApi.Exchange;
import com.skylightchat.tickets.stub.testing.Simulators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Create, get, reply and close on a real simulator over HTTP, every exchange judged by the spec validator: the
 * reference's rules (defaults, the body as first reply, re-opening, closed tickets, 404s) and the spec's shapes.
 */
class SimulatorTicketsIT {

    private final StubServer stub = Simulators.start();
    private final SpecCheckedApi api = Simulators.api(stub);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void givesNewTicketsIncreasingIdsAnEightCharacterCodeAndTheDefaults() {
        // when
        Exchange first = create("{\"subject\":\"Billing question\",\"body\":\"I was charged twice.\"}");
        Exchange second = create("{\"subject\":\"Channel down\",\"body\":\"Nothing arrives.\",\"priority\":\"high\","
                + "\"department_id\":2}");

        // then
        assertThat(first.status()).isEqualTo(201);
        JsonNode ticket = first.json().get("data");
        assertThat(first.json().get("success").asBoolean()).isTrue();
        assertThat(ticket.get("ticket_id").asText()).matches("[A-Z0-9]{8}");
        assertThat(ticket.get("priority").asText()).isEqualTo("medium");
        assertThat(ticket.get("status").asText()).isEqualTo("open");
        assertThat(ticket.get("department").toString()).isEqualTo("{\"id\":1,\"title\":\"Billing\"}");
        assertThat(ticket.get("last_reply_at").isNull()).isTrue();
        assertThat(ticket.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(ticket.has("replies")).isFalse();
        assertThat(second.json().at("/data/id").asLong()).isEqualTo(ticket.get("id").asLong() + 1);
        assertThat(second.json().at("/data/department/title").asText()).isEqualTo("Technical Support");
        assertThat(second.json().at("/data/ticket_id").asText()).isNotEqualTo(ticket.get("ticket_id").asText());
    }

    @Test
    void showsTheBodyAsTheTicketsFirstClientReply() {
        // given
        long id = idOf(create("{\"subject\":\"Billing question\",\"body\":\"I was charged twice.\"}"));

        // when
        Exchange got = api.get("/api/v1/tickets/" + id);

        // then
        assertThat(got.status()).isEqualTo(200);
        JsonNode replies = got.json().at("/data/replies");
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).get("reply").asText()).isEqualTo("I was charged twice.");
        assertThat(replies.get(0).get("type").asText()).isEqualTo("client");
    }

    @Test
    void namesEveryMissingOrInvalidFieldOfACreateInOne422() {
        // when
        Exchange empty = create("{}");
        Exchange wrong = create("{\"subject\":\"" + "s".repeat(256) + "\",\"body\":\"b\",\"priority\":\"urgent\","
                + "\"department_id\":999}");

        // then
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("message").asText())
                .isEqualTo("The subject field is required. (and 1 more error)");
        assertThat(empty.json().get("errors").toString()).isEqualTo("{\"subject\":[\"The subject field is "
                + "required.\"],\"body\":[\"The body field is required.\"]}");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").fieldNames()).toIterable()
                .containsExactly("subject", "priority", "department_id");
        assertThat(wrong.json().at("/errors/department_id/0").asText())
                .isEqualTo("The selected department id is invalid.");
    }

    @Test
    void reopensAnAnsweredTicketWhenTheClientReplies() {
        // given: a ticket the support team answered
        long id = idOf(create("{\"subject\":\"Channel down\",\"body\":\"Nothing arrives.\"}"));
        stub.simulator().agentReply(id, "We are on it.");

        // when
        Exchange replied = api.post("/api/v1/tickets/" + id + "/reply", "{\"reply\":\"Thanks, it works now.\"}");

        // then
        assertThat(replied.status()).isEqualTo(200);
        JsonNode ticket = replied.json().get("data");
        assertThat(ticket.get("status").asText()).isEqualTo("open");
        assertThat(ticket.get("replies")).extracting(r -> r.get("type").asText())
                .containsExactly("client", "admin", "client");
        assertThat(ticket.at("/replies/2/reply").asText()).isEqualTo("Thanks, it works now.");
        assertThat(ticket.get("last_reply_at").asText()).isEqualTo(ticket.at("/replies/2/created_at").asText());
    }

    @Test
    void refusesRepliesToAClosedTicketAndClosesIdempotently() {
        // given
        long id = idOf(create("{\"subject\":\"Channel down\",\"body\":\"Nothing arrives.\"}"));

        // when
        Exchange closed = api.post("/api/v1/tickets/" + id + "/close", null);
        Exchange again = api.post("/api/v1/tickets/" + id + "/close", null);
        Exchange reply = api.post("/api/v1/tickets/" + id + "/reply", "{\"reply\":\"Hello?\"}");

        // then
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().at("/data/status").asText()).isEqualTo("closed");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("data")).isEqualTo(closed.json().get("data"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/ticket/0").asText())
                .isEqualTo("This ticket is closed and cannot receive replies.");
    }

    @Test
    void answers404ForAMissingTicketOnGetReplyAndClose() {
        assertThat(api.get("/api/v1/tickets/999").json().get("message").asText()).isEqualTo("Ticket not found.");
        assertThat(api.post("/api/v1/tickets/999/reply", "{\"reply\":\"Hello?\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/tickets/999/close", null).status()).isEqualTo(404);
    }

    @Test
    void refusesAnEmptyReplyAndOneLongerThan10000Characters() {
        // given
        long id = idOf(create("{\"subject\":\"Channel down\",\"body\":\"Nothing arrives.\"}"));

        // when
        Exchange empty = api.post("/api/v1/tickets/" + id + "/reply", "{\"reply\":\"  \"}");
        Exchange longest = api.post("/api/v1/tickets/" + id + "/reply", "{\"reply\":\"" + "x".repeat(10_000) + "\"}");
        Exchange tooLong = api.post("/api/v1/tickets/" + id + "/reply", "{\"reply\":\"" + "x".repeat(10_001) + "\"}");

        // then
        assertThat(empty.status()).isEqualTo(422);
        assertThat(longest.status()).isEqualTo(200);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/errors/reply/0").asText())
                .isEqualTo("The reply field must not be greater than 10000 characters.");
    }

    @Test
    void listsTheDepartmentsInTheirConfiguredOrder() {
        Exchange departments = api.get("/api/v1/tickets/departments");

        assertThat(departments.json().get("data").toString()).isEqualTo("[{\"id\":1,\"title\":\"Billing\"},"
                + "{\"id\":2,\"title\":\"Technical Support\"},{\"id\":3,\"title\":\"Sales\"}]");
    }

    private Exchange create(String json) {
        return api.post("/api/v1/tickets", json);
    }

    static long idOf(Exchange created) {
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        return created.json().at("/data/id").asLong();
    }
}
