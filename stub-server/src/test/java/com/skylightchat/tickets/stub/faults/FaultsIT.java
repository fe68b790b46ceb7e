package com.skylightchat.tickets.stub.faults;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.testsupport.Http;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults on demand, set from the start, through the admin API or from code, and cleared again. */
class FaultsIT {

    private static final String DEPARTMENTS = "/api/v1/tickets/departments";

    @Test
    void aStatusFaultAnswersTheChosenStatusWithRetryAfterForTheGivenNumberOfTimes() {
        FaultRule twice = FaultSpecs.parse("path=" + DEPARTMENTS + ",status=503,retry-after=2,times=2");
        try (StubServer stub = start(StubConfig.builder().fault(twice))) {
            Http http = new Http(stub.baseUrl());

            // when
            HttpResponse<String> first = departments(http);
            HttpResponse<String> second = departments(http);
            HttpResponse<String> third = departments(http);

            // then
            assertThat(first.statusCode()).isEqualTo(503);
            assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(third.statusCode()).isEqualTo(200);
            assertThat(stub.journal()).extracting(e -> e.status()).containsExactly(503, 503, 200);
        }
    }

    @Test
    void aDelayHoldsTheAnswerBackWithoutHoldingOthersByInteraction() {
        try (StubServer stub = start(StubConfig.builder())) {
            Http http = new Http(stub.baseUrl());
            http.post("/__stub/faults", "{\"interaction\":\"a request for all departments\",\"delay\":\"700ms\"}");

            // when
            long slow = timed(() -> departments(http));
            long other = timed(() -> http.get("/api/v1/tickets/999", "X-Api-Key", Fixtures.API_KEY));

            // then
            assertThat(slow).isGreaterThanOrEqualTo(700);
            assertThat(other).isLessThan(700);
        }
    }

    @Test
    void aDropClosesTheConnectionWithoutAnAnswerUntilTheFaultsAreCleared() {
        try (StubServer stub = start(StubConfig.builder())) {
            Http http = new Http(stub.baseUrl());
            stub.faults().add(FaultSpecs.parse("path=" + DEPARTMENTS + ",drop=true"));

            // then
            assertThatThrownBy(() -> departments(http)).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(IOException.class);

            // when
            HttpResponse<String> cleared = http.send(http.request("/__stub/faults").DELETE().build());

            // then
            assertThat(cleared.statusCode()).isEqualTo(204);
            assertThat(departments(http).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theAdminApiListsFaultsAndRefusesOnesThatDoNothing() {
        try (StubServer stub = start(StubConfig.builder().fault(FaultSpecs.parse("delay=10ms,jitter=5ms")))) {
            Http http = new Http(stub.baseUrl());

            // when
            HttpResponse<String> listed = http.get("/__stub/faults");
            HttpResponse<String> useless = http.post("/__stub/faults", "{\"path\":\"/x\"}");

            // then
            assertThat(Http.json(listed).at("/faults/0/delay").asText()).isEqualTo("10ms");
            assertThat(Http.json(listed).at("/faults/0/jitter").asText()).isEqualTo("5ms");
            assertThat(useless.statusCode()).isEqualTo(400);
            assertThat(Http.json(useless).get("error").asText()).isEqualTo("a fault needs a delay, a drop or a status");
        }
    }

    @Test
    void aFaultForAnInteractionNobodyServesIsRefusedNamingTheOnesThatAre() {
        try (StubServer stub = start(StubConfig.builder())) {
            Http http = new Http(stub.baseUrl());

            // when: a misspelt description would otherwise be accepted and never fire
            HttpResponse<String> misspelt = http.post("/__stub/faults",
                    "{\"interaction\":\"a request for all departmens\",\"status\":500}");

            // then
            assertThat(misspelt.statusCode()).isEqualTo(400);
            assertThat(Http.json(misspelt).get("error").asText())
                    .startsWith("fault interaction: no interaction is described as 'a request for all departmens'")
                    .contains("a request for all departments");
            assertThat(stub.faults().isEmpty()).isTrue();
        }
        assertThatThrownBy(() -> start(StubConfig.builder()
                .fault(FaultSpecs.parse("interaction=no such thing,status=500"))))
                .as("the same rule given at start-up stops the start, before anything is bound")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'no such thing'");
    }

    private static HttpResponse<String> departments(Http http) {
        return http.get(DEPARTMENTS, "X-Api-Key", Fixtures.API_KEY);
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static StubServer start(StubConfig.Builder config) {
        return StubServer.start(config.port(0).requestLog(false).build());
    }
}
