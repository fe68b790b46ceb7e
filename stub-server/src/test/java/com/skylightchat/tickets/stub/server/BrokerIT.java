package com.skylightchat.tickets.stub.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.loader.BrokerSettings;
import com.skylightchat.tickets.stub.testing.Eventually;
import com.skylightchat.tickets.stub.testing.FakePactBroker;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.skylightchat.tickets.stub.testing.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stub serving what a Pact Broker selects: the contract read from the broker, kept through an outage and through
 * garbage, a new version picked up on the next refresh, {@code POST /__stub/reload} fetching again.
 */
class BrokerIT {

    /** Only the help widget's pact has this interaction; the recorded pact asks for page and per_page too. */
    private static final String PARTNER_ONLY = "/api/v1/tickets?status=open&priority=high";

    private static StubServer start(FakePactBroker broker, Duration refresh, Path... pacts) {
        return StubServer.start(StubConfig.builder().pacts(List.of(pacts)).port(0)
                .broker(BrokerSettings.of(URI.create(broker.url())).withRefresh(refresh)).build());
    }

    private static int ticket14(Http http) {
        return http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY).statusCode();
    }

    @Test
    void servesAContractReadFromTheBrokerAndSaysWhereItCameFrom() throws IOException {
        // given
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded());
             StubServer stub = start(broker, Duration.ZERO)) {
            Http http = new Http(stub.baseUrl());

            // when
            HttpResponse<String> ticket = http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY);
            JsonNode health = Http.json(http.get("/__stub/health"));
            JsonNode interactions = Http.json(http.get("/__stub/interactions"));

            // then
            assertThat(ticket.statusCode()).isEqualTo(200);
            assertThat(Http.json(ticket).at("/data/id").asInt()).isEqualTo(14);
            assertThat(health.get("interactions").asInt()).isEqualTo(Fixtures.RECORDED_INTERACTIONS);
            assertThat(health.at("/broker/url").asText()).isEqualTo(broker.url());
            assertThat(health.at("/broker/provider").asText()).isEqualTo("skylight-tickets-api");
            assertThat(health.at("/broker/pacts/0/url").asText()).isEqualTo(broker.pactUrls().get(0));
            assertThat(health.at("/broker/fetchedAt").asText()).isNotEmpty();
            assertThat(health.at("/broker/lastError").isNull()).isTrue();
            assertThat(interactions.get("sources").toString()).isEqualTo("[\"" + broker.pactUrls().get(0) + "\"]");
        }
    }

    @Test
    void keepsTheLastGoodContractThroughABrokerOutageAndPicksUpANewVersionOnTheNextRefresh() throws Exception {
        // given: a stub refreshing every 100 ms from a broker that serves the recorded pact
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded());
             StubServer stub = start(broker, Duration.ofMillis(100))) {
            Http http = new Http(stub.baseUrl());

            // when: the broker goes down for several refreshes
            broker.stop();
            Eventually.await("a refresh fails", Duration.ofSeconds(10),
                    () -> !Http.json(http.get("/__stub/health")).at("/broker/lastError").isNull());
            String firstFailure = Http.json(http.get("/__stub/health")).at("/broker/lastError/at").asText();
            Eventually.await("another refresh fails", Duration.ofSeconds(10),
                    () -> !Http.json(http.get("/__stub/health")).at("/broker/lastError/at").asText()
                            .equals(firstFailure));

            // then: the stub keeps answering from the last good contract, and says why it is stale
            JsonNode during = Http.json(http.get("/__stub/health"));
            assertThat(ticket14(http)).isEqualTo(200);
            assertThat(during.get("interactions").asInt()).isEqualTo(Fixtures.RECORDED_INTERACTIONS);
            assertThat(during.at("/broker/lastError/problem").asText())
                    .startsWith(broker.url() + ": cannot reach the Pact Broker");
            assertThat(http.get(PARTNER_ONLY, "X-Api-Key", API_KEY).statusCode()).isEqualTo(404);

            // when: it comes back with a new version (the help widget's pact published too)
            broker.publish(Fixtures.recorded(), Fixtures.partnerV4());
            broker.restart();
            Eventually.await("the new version is served", Duration.ofSeconds(10), () -> stub.pactCount() == 2);

            // then
            assertThat(http.get(PARTNER_ONLY, "X-Api-Key", API_KEY).statusCode()).isEqualTo(200);
            assertThat(ticket14(http)).isEqualTo(200);
            assertThat(Http.json(http.get("/__stub/health")).at("/broker/lastError").isNull()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a 503                      | 503 | application/json | {\"error\":\"down for maintenance\"} "
                    + "| HTTP 503: down for maintenance",
            "an HTML page               | 200 | text/html        | <html><body>Sign in</body></html> "
                    + "| not a JSON object",
            "text that is not JSON      | 200 | text/plain       | {{{ | not a JSON object",
            "JSON that is not HAL       | 200 | application/json | {\"status\":\"ok\"} "
                    + "| has no 'pb:provider-pacts-for-verification' link"})
    void keepsTheLastGoodContractWhenTheBrokerAnswersGarbage(String what, int status, String type, String body,
                                                            String problem) throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded());
             StubServer stub = start(broker, Duration.ZERO)) {
            Http http = new Http(stub.baseUrl());

            broker.answerEverything(status, type, body);
            HttpResponse<String> reload = http.post("/__stub/reload", "");

            assertThat(reload.statusCode()).isEqualTo(422);
            assertThat(Http.json(reload).get("error").asText()).contains(broker.url()).contains(problem);
            assertThat(ticket14(http)).isEqualTo(200);
            assertThat(stub.interactionCount()).isEqualTo(Fixtures.RECORDED_INTERACTIONS);
        }
    }

    @Test
    void keepsTheLastGoodContractWhenTheBrokerServesABrokenPact() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded());
             StubServer stub = start(broker, Duration.ZERO)) {
            Http http = new Http(stub.baseUrl());

            broker.publish(Fixtures.recorded(), Fixtures.broken("truncated.json"));
            HttpResponse<String> reload = http.post("/__stub/reload", "");

            assertThat(reload.statusCode()).isEqualTo(422);
            assertThat(Http.json(reload).get("error").asText()).contains(broker.pactUrls().get(1) + ": not valid JSON");
            assertThat(ticket14(http)).isEqualTo(200);
            assertThat(stub.pactCount()).isEqualTo(1);
        }
    }

    @Test
    void reloadFetchesTheBrokersCurrentVersion() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded());
             StubServer stub = start(broker, Duration.ZERO)) {
            Http http = new Http(stub.baseUrl());

            broker.publish(Fixtures.recorded(), Fixtures.partnerV4());
            HttpResponse<String> reload = http.post("/__stub/reload", "");

            assertThat(reload.statusCode()).isEqualTo(200);
            assertThat(Http.json(reload).get("pacts").asInt()).isEqualTo(2);
            assertThat(http.get(PARTNER_ONLY, "X-Api-Key", API_KEY).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void servesPactFilesAndTheBrokersPactsTogetherFilesFirst() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded());
             StubServer stub = start(broker, Duration.ZERO, Fixtures.partnerV3())) {

            assertThat(stub.pacts().sources())
                    .containsExactly(Fixtures.partnerV3().toString(), broker.pactUrls().get(0));
            assertThat(stub.interactionCount())
                    .isEqualTo(Fixtures.RECORDED_INTERACTIONS + Fixtures.PARTNER_V3_INTERACTIONS);
        }
    }
}
