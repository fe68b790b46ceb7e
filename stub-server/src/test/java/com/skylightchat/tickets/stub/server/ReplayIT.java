package com.skylightchat.tickets.stub.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.stub.journal.JournalEntry;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.testsupport.Http;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static com.skylightchat.tickets.stub.testing.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replaying the pacts recorded in this build (the embedded ones, what {@code java -jar} serves) over HTTP: strict
 * matching, near-miss 404s, base path hints, provider states, journal.
 */
class ReplayIT {

    private static StubServer stub;
    private static Http http;

    @BeforeAll
    static void start() {
        stub = StubServer.start(StubConfig.builder().port(0).specValidation(true).build());
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
    void aQueryThatOnlyPrintsLikeARecordedOneIsNotAnsweredFromTheCache() {
        // given: the recorded list request, so its decision is cached
        String recorded = "/api/v1/tickets?status=open&priority=high&per_page=50&page=1";
        assertThat(http.get(recorded, "X-Api-Key", API_KEY, "X-Pact-Provider-State",
                "open high-priority tickets exist").statusCode()).isEqualTo(200);

        // when: one parameter whose value spells out the others ("page" = "1], per_page=[50], …")
        HttpResponse<String> forged = http.get("/api/v1/tickets?page=1%5D,%20per_page%3D%5B50%5D,%20priority%3D"
                + "%5Bhigh%5D,%20status%3D%5Bopen", "X-Api-Key", API_KEY, "X-Pact-Provider-State",
                "open high-priority tickets exist");

        // then
        assertThat(forged.statusCode()).isEqualTo(404);
    }

    @Test
    void answersAKeyedRequestWithTheRecordedResponseAndNamesItsState() {
        HttpResponse<String> response = http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY,
                "X-Pact-Provider-State", Fixtures.ANSWERED);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("X-Stub-Provider-State")).hasValue(Fixtures.ANSWERED);
        JsonNode data = Http.json(response).get("data");
        assertThat(data.get("ticket_id").asText()).isEqualTo("ABX9Y2KL");
        assertThat(data.get("status").asText()).isEqualTo("answered");
        assertThat(data.get("replies")).hasSize(2);
    }

    @Test
    void answersARequestWithoutTheKeyWithANearMiss404() {
        HttpResponse<String> response = http.get("/api/v1/tickets/14");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Stub-No-Match")).hasValue("true");
        JsonNode body = Http.json(response);
        assertThat(body.get("error").asText()).isEqualTo("no interaction in the loaded pacts matched this request");
        assertThat(body.has("hint")).isFalse();
        assertThat(body.at("/request/path").asText()).isEqualTo("/api/v1/tickets/14");
        assertThat(body.get("nearMisses")).hasSize(3).allSatisfy(miss -> {
            assertThat(miss.get("path").asText()).isEqualTo("/api/v1/tickets/14");
            assertThat(miss.at("/mismatches/0").asText())
                    .isEqualTo("header 'X-Api-Key': missing, the interaction requires it");
        });
        assertThat(body.at("/specViolations").toString()).contains("request.header.X-Api-Key");
    }

    @Test
    void saysSoWhenAPathOnlyLacksTheBasePath() {
        HttpResponse<String> response = http.get("/tickets/14", "X-Api-Key", API_KEY);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.json(response).get("hint").asText()).isEqualTo("the contract's paths start with /api/v1, "
                + "this one does not: /api/v1/tickets/14 is in the contract (is the client's base URL missing "
                + "/api/v1?)");
        // the nearest misses are the interactions of the path it meant, each told apart by its path
        JsonNode nearest = Http.json(response).get("nearMisses");
        assertThat(nearest).isNotEmpty().allSatisfy(miss -> {
            assertThat(miss.get("path").asText()).isEqualTo("/api/v1/tickets/14");
            assertThat(miss.get("mismatches").toString()).contains("/tickets/14");
        });
    }

    @Test
    void saysSoWhenAPathHasTheBasePathTwice() {
        HttpResponse<String> response = http.get("/api/v1/api/v1/tickets/departments", "X-Api-Key", API_KEY);

        assertThat(Http.json(response).get("hint").asText()).isEqualTo("the contract's paths start with /api/v1, "
                + "this one has it twice: /api/v1/tickets/departments is in the contract");
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
        assertThat(body.at("/nearMisses/0/interaction").asText()).isEqualTo("a reply to the answered ticket 14");
        assertThat(body.at("/nearMisses/0/mismatches").toString()).contains("body $").contains("reply");
        assertThat(body.at("/specViolations").toString()).contains("request.body").contains("reply");
    }

    @Test
    void rejectsMalformedJsonWithTheParsersReason() {
        HttpResponse<String> response = http.post("/api/v1/tickets/14/reply", "{\"reply\": \"x\"",
                "X-Api-Key", API_KEY, "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("reason").asText()).startsWith("malformed JSON at line 1");
    }

    @Test
    void namesWhereAnUnclosedObjectOpenedWithoutTheParsersDescriptionOfItsInput() {
        HttpResponse<String> response = http.post("/api/v1/tickets/14/reply", "{\"reply\": {\"x\": 1",
                "X-Api-Key", API_KEY, "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("reason").asText()).contains("(opened at line 1, column 11)")
                .doesNotContain("Source");
    }

    @Test
    void selectsBetweenRecordedAnswersByTheProviderStateHeader() {
        HttpResponse<String> closed = http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY,
                "X-Pact-Provider-State", Fixtures.CLOSED);
        HttpResponse<String> answered = http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY,
                "X-Pact-Provider-State", Fixtures.ANSWERED);

        assertThat(Http.json(closed).at("/data/status").asText()).isEqualTo("closed");
        assertThat(closed.headers().firstValue("X-Stub-Provider-State")).hasValue(Fixtures.CLOSED);
        assertThat(Http.json(answered).at("/data/status").asText()).isEqualTo("answered");
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
    void answersTheWrongKeyWithTheRecorded401() {
        HttpResponse<String> response = http.get("/api/v1/tickets/departments", "X-Api-Key", "revoked-api-key");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.json(response).get("message").asText()).isEqualTo("Unauthenticated.");
    }

    @Test
    void recordsEveryRequestInTheJournal() {
        http.get("/api/v1/tickets/departments", "X-Api-Key", API_KEY);
        http.get("/api/v1/tickets/14");

        List<JournalEntry> seen = stub.journal();

        assertThat(seen).extracting(JournalEntry::path, JournalEntry::status, JournalEntry::matchedInteraction)
                .containsExactly(
                        Tuple.tuple("/api/v1/tickets/departments", 200, "a request for all departments"),
                        Tuple.tuple("/api/v1/tickets/14", 404, null));
        assertThat(seen.get(0).header("x-api-key")).isEqualTo(API_KEY);
    }
}
