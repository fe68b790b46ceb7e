package com.skylightchat.tickets.stub.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.skylightchat.tickets.stub.testing.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin endpoints: health, state change protocol, journal, interactions, reload and --watch. */
class AdminIT {

    private static final int ALL = Fixtures.RECORDED_INTERACTIONS + Fixtures.PARTNER_V3_INTERACTIONS;

    @Test
    void reportsHealthWithCounts() {
        try (StubServer stub = start(Fixtures.recorded(), Fixtures.partnerV3())) {
            HttpResponse<String> response = new Http(stub.baseUrl()).get("/__stub/health");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = Http.json(response);
            assertThat(body.get("status").asText()).isEqualTo("UP");
            assertThat(body.get("interactions").asInt())
                    .isEqualTo(Fixtures.RECORDED_INTERACTIONS + Fixtures.PARTNER_V3_INTERACTIONS);
            assertThat(body.get("pacts").asInt()).isEqualTo(2);
        }
    }

    @Test
    void implementsTheStateChangeProtocol() {
        try (StubServer stub = start(Fixtures.recorded())) {
            Http http = new Http(stub.baseUrl());

            HttpResponse<String> setup = http.post("/__stub/provider-states",
                    "{\"state\":\"" + Fixtures.CLOSED + "\",\"params\":{\"id\":14},\"action\":\"setup\"}",
                    "Content-Type", "application/json");
            String whileClosed = Http.json(http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY)).at("/data/status")
                    .asText();
            http.post("/__stub/provider-states", "{\"state\":\"" + Fixtures.CLOSED + "\",\"action\":\"teardown\"}");
            JsonNode afterTeardown = Http.json(http.get("/__stub/provider-states"));
            http.post("/__stub/provider-states", "{\"state\":\"" + Fixtures.ANSWERED + "\",\"action\":\"setup\"}");
            String whileAnswered = Http.json(http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY))
                    .at("/data/status").asText();

            assertThat(setup.statusCode()).isEqualTo(200);
            assertThat(Http.json(setup).get("id").asInt()).isEqualTo(14);
            assertThat(whileClosed).isEqualTo("closed");
            assertThat(afterTeardown.get("active").isNull()).isTrue();
            assertThat(whileAnswered).isEqualTo("answered");
        }
    }

    @Test
    void rejectsAnUnknownStateChangeListingTheKnownStates() {
        try (StubServer stub = start(Fixtures.recorded())) {
            HttpResponse<String> response = new Http(stub.baseUrl()).post("/__stub/provider-states",
                    "{\"state\":\"no such state\",\"action\":\"setup\"}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(Http.json(response).get("knownStates").toString()).contains(Fixtures.ANSWERED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "[1]                                 | the body is not a JSON object but an array",
            "'{\"state\": '                        | the body is malformed JSON at line 1, column 11: Unexpected end-of-input",
            "'{\"state\": \"s\",\\n \"action\" setup}' | at line 2, column 11",
            "'{\"state\": {\"a\": 1'               | (opened at line 1, column 11)",
            "'{\"state\": \"s\", \"params\": \"x\"}'    | \"params\" must be a JSON object of names and values, was x"})
    void refusesAStateChangeThatIsNotOneSayingWhyInTheUsersTerms(String body, String why) {
        try (StubServer stub = start(Fixtures.recorded())) {
            // a backslash-n in the table stands for a line break
            HttpResponse<String> response = new Http(stub.baseUrl()).post("/__stub/provider-states",
                    body.replace("\\n", "\n"));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(Http.json(response).get("error").asText()).contains(why)
                    .doesNotContain("java.").doesNotContain("Source");
        }
    }

    @Test
    void servesTheJournalNewestFirstWithTheKeyMaskedAndClearsIt() {
        try (StubServer stub = start(Fixtures.recorded())) {
            Http http = new Http(stub.baseUrl());
            http.get("/api/v1/tickets/departments", "X-Api-Key", API_KEY);
            http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY);

            JsonNode journal = Http.json(http.get("/__stub/journal"));
            HttpResponse<String> cleared = http.send(http.request("/__stub/journal").DELETE().build());

            assertThat(journal.get("entries")).hasSize(2);
            assertThat(journal.at("/entries/0/path").asText()).isEqualTo("/api/v1/tickets/14");
            assertThat(journal.toString()).doesNotContain(API_KEY).contains("****(12 chars)");
            assertThat(cleared.statusCode()).isEqualTo(204);
            assertThat(stub.journal()).isEmpty();
        }
    }

    @Test
    void keepsTheJournalBoundedUnderLoad() {
        try (StubServer stub = StubServer.start(StubConfig.builder().pacts(List.of(Fixtures.recorded())).port(0)
                .journalSize(5).requestLog(false).build())) {
            Http http = new Http(stub.baseUrl());
            for (int i = 0; i < 50; i++) {
                http.get("/api/v1/tickets/departments", "X-Api-Key", API_KEY);
            }

            assertThat(stub.journal()).hasSize(5);
            assertThat(Http.json(http.get("/__stub/journal")).get("total").asInt()).isEqualTo(50);
        }
    }

    @Test
    void listsTheInteractionsInLoadOrder() {
        try (StubServer stub = start(Fixtures.recorded())) {
            JsonNode body = Http.json(new Http(stub.baseUrl()).get("/__stub/interactions"));

            assertThat(body.get("interactions")).hasSize(Fixtures.RECORDED_INTERACTIONS);
            assertThat(body.at("/interactions/0/order").asInt()).isZero();
            assertThat(body.at("/interactions/0/path").asText()).startsWith("/api/v1/tickets");
        }
    }

    @Test
    void reloadsChangedPactsAndKeepsTheOldSetWhenAFileBreaks(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.recorded(), dir.resolve("a.json"));
        try (StubServer stub = start(dir)) {
            Http http = new Http(stub.baseUrl());

            Files.copy(Fixtures.partnerV3(), dir.resolve("b.json"));
            HttpResponse<String> reloaded = http.post("/__stub/reload", "");
            Files.writeString(dir.resolve("c.json"), "{ broken");
            HttpResponse<String> failed = http.post("/__stub/reload", "");

            assertThat(reloaded.statusCode()).isEqualTo(200);
            assertThat(Http.json(reloaded).get("interactions").asInt()).isEqualTo(ALL);
            assertThat(failed.statusCode()).isEqualTo(422);
            assertThat(Http.json(failed).get("error").asText()).contains("c.json").contains("not valid JSON");
            assertThat(stub.interactionCount()).isEqualTo(ALL);
            assertThat(http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void watchSwapsInAChangedPactSet(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.recorded(), dir.resolve("a.json"));
        try (StubServer stub = StubServer.start(StubConfig.builder().pacts(List.of(dir)).port(0).watch(true)
                .watchInterval(Duration.ofMillis(100)).build())) {

            Files.copy(Fixtures.partnerV3(), dir.resolve("b.json"));

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (stub.interactionCount() != ALL && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(stub.interactionCount()).isEqualTo(ALL);
        }
    }

    @Test
    void answersAdminPathsAsUnmatchedRequestsWhenAdminIsOff() {
        try (StubServer stub = StubServer.start(StubConfig.builder().pacts(List.of(Fixtures.recorded())).port(0)
                .admin(false).build())) {
            HttpResponse<String> response = new Http(stub.baseUrl()).get("/__stub/health");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("X-Stub-No-Match")).hasValue("true");
        }
    }

    @Test
    void answersAnUnknownAdminPathWithTheListOfEndpoints() {
        try (StubServer stub = start(Fixtures.recorded())) {
            Http http = new Http(stub.baseUrl());
            HttpResponse<String> unknown = http.get("/__stub/nope");
            HttpResponse<String> wrongMethod = http.send(http.request("/__stub/health")
                    .method("PUT", HttpRequest.BodyPublishers.noBody()).build());

            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(Http.json(unknown).get("endpoints").toString()).contains("GET /__stub/health");
            assertThat(wrongMethod.statusCode()).isEqualTo(405);
        }
    }

    private static StubServer start(Path... pacts) {
        return StubServer.start(StubConfig.builder().pacts(List.of(pacts)).port(0).build());
    }
}
