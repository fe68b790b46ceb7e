package com.skylightchat.tickets.client.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.client.TicketsClient;
import java.time.Duration;

/** How the tests build a {@link TicketsClient} against a {@link RecordingServer}, and read JSON bodies. */
public final class TestClients {
    /** A key that is easy to search for in messages and toString output. */
    public static final String API_KEY = "sk-test-7f3a9c1e-SECRET";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestClients() {
    }

    public static TicketsClient against(RecordingServer server) {
        return builderFor(server).build();
    }

    /** A builder already pointed at {@code server}, with the test key and a 5 s request timeout. */
    public static TicketsClient.Builder builderFor(RecordingServer server) {
        return TicketsClient.builder()
            .baseUrl(server.baseUrl())
            .apiKey(API_KEY)
            .requestTimeout(Duration.ofSeconds(5));
    }

    /** {@code text} as a JSON string literal, quotes and escapes included. */
    public static String jsonString(String text) {
        return MAPPER.getNodeFactory().textNode(text).toString();
    }

    /** The body parsed as a JSON tree, so that tests compare JSON values rather than formatting. */
    public static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }
}
