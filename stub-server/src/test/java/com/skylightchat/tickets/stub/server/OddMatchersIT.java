package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static com.skylightchat.tickets.stub.testing.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** What the recorded pacts do not use but pacts may: paths and bodies matched by regex, response generators. */
class OddMatchersIT {

    private static StubServer stub;
    private static Http http;

    @BeforeAll
    static void start() {
        stub = StubServer.start(StubConfig.builder().pacts(List.of(Fixtures.oddMatchers())).port(0).build());
        http = new Http(stub.baseUrl());
    }

    @AfterAll
    static void stop() {
        stub.close();
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
    void matchesAPathByItsRegexRule() {
        HttpResponse<String> response = http.get("/api/v1/tickets/12345", "X-Api-Key", API_KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Stub-Provider-State")).hasValue("a ticket exists");
    }

    @Test
    void matchesABodyByItsRegexRule() {
        HttpResponse<String> response = http.post("/api/v1/tickets/14/reply", "{\"reply\": \"Any words at all\"}",
                "X-Api-Key", API_KEY, "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
    }
}
