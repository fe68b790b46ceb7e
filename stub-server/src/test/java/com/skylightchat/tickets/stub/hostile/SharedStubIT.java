package com.skylightchat.tickets.stub.hostile;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.testsupport.Http;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two test suites sharing one stub, each with its own session: each sets its own provider state through the
 * state-change endpoint and must never see the other's.
 */
class SharedStubIT {

    @Test
    void parallelUsersOfOneStubEachSeeOnlyTheStateTheySet() {
        try (StubServer stub = StubServer.start(StubConfig.builder().port(0).requestLog(false).build())) {
            Http http = new Http(stub.baseUrl());
            AtomicInteger foreign = new AtomicInteger();

            // when: two suites, one wanting ticket 14 answered, the other closed, 200 rounds each, interleaved
            CompletableFuture<Void> answered = suite(http, "suite-a", Fixtures.ANSWERED, "answered", foreign);
            CompletableFuture<Void> closed = suite(http, "suite-b", Fixtures.CLOSED, "closed", foreign);
            answered.join();
            closed.join();

            // then
            assertThat(foreign.get()).as("answers with the other suite's state").isZero();
        }
    }

    private static CompletableFuture<Void> suite(Http http, String session, String state, String status,
                                                 AtomicInteger foreign) {
        return CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 200; i++) {
                assertThat(http.post("/__stub/provider-states", "{\"state\":\"" + state + "\",\"action\":\"setup\"}",
                        "X-Stub-Session", session).statusCode()).isEqualTo(200);
                String seen = Http.json(http.get("/api/v1/tickets/14", "X-Api-Key", Fixtures.API_KEY,
                        "X-Stub-Session", session)).at("/data/status").asText();
                if (!seen.equals(status)) {
                    foreign.incrementAndGet();
                }
            }
        });
    }
}
