package com.skylightchat.tickets.stub.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.stub.JournalEntry;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.stub.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static com.skylightchat.tickets.stub.testing.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** Replaying the V4 fixture over HTTP: strict matching, near-miss 404s, provider states, generators, journal. */
class ReplayIT {

    private static StubServer stub;
    private static Http http;

    @BeforeAll
    static void start() {
        stub = StubServer.start(StubConfig.builder().pacts(List.of(Fixtures.v4())).port(0).specValidation(true)
                .build());
        http = new Http(stub.baseUrl());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @BeforeEach
    void clean() {
        stub.clearProviderState();
        stub.resetJournal();
    }

    @Test
    void answersAKeyedRequestWithTheRecordedResponseAndNamesItsState() {
        HttpResponse<String> response = http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("X-Stub-Provider-State")).hasValue(Fixtures.ANSWERED);
        JsonNode data = Http.json(response).get("data");
        assertThat(data.get("ticket_id").asText()).isEqualTo("ABX9Y2KL");
        assertThat(data.get("replies")).hasSize(2);
    }

    @Test
    void answersARequestWithoutTheKeyWithANearMiss404() {
        HttpResponse<String> response = http.get("/api/v1/tickets/14");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Stub-No-Match")).hasValue("true");
        JsonNode body = Http.json(response);
        assertThat(body.get("error").asText()).isEqualTo("no interaction in the loaded pacts matched this request");
        assertThat(body.at("/request/path").asText()).isEqualTo("/api/v1/tickets/14");
        assertThat(body.get("nearMisses")).hasSize(3);
        assertThat(body.at("/nearMisses/0/interaction").asText()).isEqualTo("a request for ticket 14");
        assertThat(body.at("/nearMisses/0/mismatches/0").asText())
                .isEqualTo("header 'X-Api-Key': missing, the interaction requires it");
        assertThat(body.at("/specViolations").toString()).contains("security");
    }

    @Test
    void masksTheApiKeyInThe404Body() {
        HttpResponse<String> response = http.get("/api/v1/tickets/14", "X-Api-Key", "my-real-secret");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("my-real-secret").doesNotContain(API_KEY)
                .contains("****(14 chars)");
    }

    @Test
    void explainsAWrongBodyWithItsJsonPath() {
        HttpResponse<String> response = http.post("/api/v1/tickets/14/reply", "{\"text\": \"hello\"}",
                "X-Api-Key", API_KEY, "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode body = Http.json(response);
        assertThat(body.at("/nearMisses/0/interaction").asText()).isEqualTo("a reply to ticket 14");
        assertThat(body.at("/nearMisses/0/mismatches").toString()).contains("body $").contains("reply");
        assertThat(body.at("/specViolations").toString()).contains("reply");
    }

    @Test
    void rejectsMalformedJsonWithTheParsersReason() {
        HttpResponse<String> response = http.post("/api/v1/tickets/14/reply", "{\"reply\": \"x\"",
                "X-Api-Key", API_KEY, "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("reason").asText()).startsWith("malformed JSON at line 1");
    }

    @Test
    void selectsAnInteractionByTheProviderStateHeader() {
        HttpResponse<String> response = http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY,
                "X-Pact-Provider-State", Fixtures.CLOSED);

        assertThat(Http.json(response).at("/data/status").asText()).isEqualTo("closed");
        assertThat(response.headers().firstValue("X-Stub-Provider-State")).hasValue(Fixtures.CLOSED);
    }

    @Test
    void rejectsAnUnknownProviderStateListingTheKnownOnes() {
        HttpResponse<String> response = http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY,
                "X-Pact-Provider-State", "ticket 14 was eaten");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = Http.json(response);
        assertThat(body.get("error").asText()).isEqualTo("unknown provider state 'ticket 14 was eaten'");
        assertThat(body.get("knownStates").toString()).contains(Fixtures.ANSWERED, Fixtures.CLOSED);
    }

    @Test
    void appliesTheResponseGeneratorsOnEveryRequest() {
        String create = "{\"subject\":\"WhatsApp channel not sending messages\",\"body\":\"Since this morning our "
                + "WhatsApp channel stopped delivering messages. Account ID 9.\",\"priority\":\"high\"}";

        HttpResponse<String> response = http.post("/api/v1/tickets", create, "X-Api-Key", API_KEY,
                "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(201);
        String createdAt = Http.json(response).at("/data/created_at").asText();
        assertThat(createdAt).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z")
                .isNotEqualTo("2026-03-08T09:00:00.000000Z");
    }

    @Test
    void recordsEveryRequestInTheJournal() {
        http.get("/api/v1/tickets/departments", "X-Api-Key", API_KEY);
        http.get("/api/v1/tickets/14");

        List<JournalEntry> seen = stub.journal();

        assertThat(seen).extracting(JournalEntry::path, JournalEntry::status, JournalEntry::matchedInteraction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/api/v1/tickets/departments", 200,
                                "a request for the departments"),
                        org.assertj.core.groups.Tuple.tuple("/api/v1/tickets/14", 404, null));
        assertThat(seen.get(0).header("x-api-key")).isEqualTo(API_KEY);
    }
}
