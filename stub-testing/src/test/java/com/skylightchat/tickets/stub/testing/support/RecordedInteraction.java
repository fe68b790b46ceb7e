package com.skylightchat.tickets.stub.testing.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.stub.loader.EmbeddedPacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One interaction as a pact file recorded it, read straight from the JSON (not through the stub), so tests can
 * compare what the stub answers with what was recorded.
 *
 * @param description   the interaction's description
 * @param providerState the first provider state, or {@code null}
 * @param method        request method
 * @param path          request path
 * @param headers       request headers, first value each
 * @param status        recorded response status
 * @param body          recorded response body ({@code MissingNode} when none)
 */
public record RecordedInteraction(String description, String providerState, String method, String path,
                                  Map<String, String> headers, int status, JsonNode body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first embedded interaction that {@code wanted} accepts. */
    public static RecordedInteraction embedded(Predicate<RecordedInteraction> wanted) {
        List<RecordedInteraction> all = new ArrayList<>();
        for (String name : EmbeddedPacts.names()) {
            try (InputStream in = EmbeddedPacts.class.getClassLoader()
                .getResourceAsStream(EmbeddedPacts.DIRECTORY + name)) {
                all.addAll(from(JSON.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.stream().filter(wanted).findFirst().orElseThrow(() -> new AssertionError(
            "no embedded interaction as wanted among " + all.stream().map(i -> i.method + " " + i.path).toList()));
    }

    /** The embedded {@code GET /tickets/{id}} that answers 200 with a ticket. */
    public static RecordedInteraction embeddedGetTicket() {
        return embedded(i -> i.method.equals("GET") && i.path.matches("/api/v1/tickets/\\d+") && i.status == 200);
    }

    public static List<RecordedInteraction> from(JsonNode pact) {
        List<RecordedInteraction> interactions = new ArrayList<>();
        for (JsonNode interaction : pact.path("interactions")) {
            JsonNode request = interaction.path("request");
            JsonNode response = interaction.path("response");
            JsonNode state = interaction.path("providerStates").path(0).path("name");
            JsonNode body = response.path("body");
            interactions.add(new RecordedInteraction(interaction.path("description").asText(),
                state.isTextual() ? state.asText() : null, request.path("method").asText(),
                request.path("path").asText(), firstValues(request.path("headers")), response.path("status").asInt(),
                body.has("content") ? body.path("content") : body));
        }
        return interactions;
    }

    /** The id in {@code /tickets/{id}}. */
    public long ticketId() {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static Map<String, String> firstValues(JsonNode headers) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : headers.properties()) {
            JsonNode value = field.getValue().isArray() ? field.getValue().path(0) : field.getValue();
            values.put(field.getKey(), value.asText());
        }
        return values;
    }
}
