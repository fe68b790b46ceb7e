package com.skylightchat.tickets.stub.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.testsupport.Http;
import com.skylightchat.tickets.stub.testing.Simulators;
import com.skylightchat.tickets.stub.testing.SpecCheckedApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator's admin endpoints: seed, list, the support team's reply, reset, health; one store per stub. */
class SimulatorAdminIT {

    private final StubServer stub = Simulators.start();
    private final Http admin = new Http(stub.baseUrl());
    private final SpecCheckedApi api = Simulators.api(stub);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void seedsATicketAsGivenAndTheApiShowsItSo() {
        // when
        HttpResponse<String> seeded = admin.post("/__stub/simulator/tickets", """
                {"id": 40, "ticket_id": "OLD00040", "subject": "Old one", "priority": "low", "status": "answered",
                 "department_id": 3, "created_at": "2025-01-02T03:04:05Z", "body": "Hello",
                 "replies": [{"reply": "Hi, how can we help?", "type": "admin", "created_at": "2025-01-02T04:00:00Z"}]}
                """);
        JsonNode got = api.get("/api/v1/tickets/40").json().get("data");

        // then
        assertThat(seeded.statusCode()).isEqualTo(201);
        assertThat(Http.json(seeded)).isEqualTo(got);
        assertThat(got.get("ticket_id").asText()).isEqualTo("OLD00040");
        assertThat(got.get("status").asText()).isEqualTo("answered");
        assertThat(got.get("created_at").asText()).isEqualTo("2025-01-02T03:04:05.000000Z");
        assertThat(got.get("last_reply_at").asText()).isEqualTo("2025-01-02T04:00:00.000000Z");
        assertThat(got.at("/department/title").asText()).isEqualTo("Sales");
        assertThat(api.post("/api/v1/tickets", "{\"subject\":\"s\",\"body\":\"b\"}").json().at("/data/id").asLong())
                .as("the next id comes after a seeded one").isEqualTo(41);
    }

    @Test
    void refusesASeedWithoutSubjectNamingIt() {
        HttpResponse<String> response = admin.post("/__stub/simulator/tickets", "{\"status\":\"open\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("error").asText()).contains("subject");
    }

    @Test
    void answersAsTheSupportTeamSoATicketBecomesAnswered() {
        // given
        long id = SimulatorTicketsIT.idOf(api.post("/api/v1/tickets", "{\"subject\":\"s\",\"body\":\"b\"}"));

        // when
        HttpResponse<String> answered = admin.post("/__stub/simulator/tickets/" + id + "/agent-replies",
                "{\"reply\":\"Fixed.\"}");
        HttpResponse<String> missing = admin.post("/__stub/simulator/tickets/999/agent-replies",
                "{\"reply\":\"Fixed.\"}");

        // then
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/tickets/" + id).json().at("/data/status").asText()).isEqualTo("answered");
        assertThat(Http.json(answered).at("/replies/1/type").asText()).isEqualTo("admin");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void listsAllDataAndResetsToAFreshSimulator() {
        // given
        api.post("/api/v1/tickets", "{\"subject\":\"s\",\"body\":\"b\"}");
        api.post("/api/v1/tickets", "{\"subject\":\"t\",\"body\":\"c\"}");

        // when
        JsonNode data = Http.json(admin.get("/__stub/simulator/tickets"));
        JsonNode health = Http.json(admin.get("/__stub/health"));
        int reset = admin.send(admin.request("/__stub/simulator").DELETE().build()).statusCode();

        // then
        assertThat(data.get("tickets")).hasSize(2);
        assertThat(data.at("/tickets/0/subject").asText()).isEqualTo("t");
        assertThat(data.at("/usage/replies").asInt()).isEqualTo(2);
        assertThat(data.at("/limits/maxTickets").asInt()).isEqualTo(10_000);
        assertThat(health.get("mode").asText()).isEqualTo("simulate");
        assertThat(health.get("tickets").asInt()).isEqualTo(2);
        assertThat(reset).isEqualTo(204);
        assertThat(api.get("/api/v1/tickets").json().at("/meta/total").asInt()).isZero();
        assertThat(api.post("/api/v1/tickets", "{\"subject\":\"s\",\"body\":\"b\"}").json().at("/data/id").asLong())
                .isEqualTo(1);
    }

    @Test
    void keepsTheDataOfEachStubToItself() {
        // given
        api.post("/api/v1/tickets", "{\"subject\":\"s\",\"body\":\"b\"}");

        // when
        try (StubServer other = Simulators.start()) {
            // then
            assertThat(Simulators.api(other).get("/api/v1/tickets").json().at("/meta/total").asInt()).isZero();
            assertThat(api.get("/api/v1/tickets").json().at("/meta/total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void wantsJsonForAdminChangesAsReplayModeDoes() {
        HttpResponse<String> form = admin.post("/__stub/simulator/tickets", "{\"subject\":\"s\"}",
                "Content-Type", "text/plain");

        assertThat(form.statusCode()).isEqualTo(415);
    }
}
