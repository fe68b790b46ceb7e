package com.skylightchat.tickets.contract.pact;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns one interaction node of any pact layout (V2–V4) into a {@link RecordedInteraction}. */
final class InteractionParser {

    private InteractionParser() {
    }

    static RecordedInteraction parse(Path file, JsonNode interaction) {
        String description = interaction.path("description").asText("");
        JsonNode request = interaction.path("request");
        JsonNode response = interaction.path("response");
        if (request.isMissingNode() || response.isMissingNode()) {
            throw new PactFormatException(file, "interaction \"" + description + "\" lacks a request or response");
        }
        Map<String, List<String>> requestHeaders = multiMap(request.path("headers"));
        Map<String, List<String>> responseHeaders = multiMap(response.path("headers"));
        RecordedRequest recordedRequest = new RecordedRequest(
                request.path("method").asText("GET").toUpperCase(Locale.ROOT),
                request.path("path").asText("/"),
                query(request.path("query")),
                requestHeaders,
                body(request.path("body"), requestHeaders));
        RecordedResponse recordedResponse = new RecordedResponse(response.path("status").asInt(200),
                responseHeaders, body(response.path("body"), responseHeaders));
        return new RecordedInteraction(description, providerStates(interaction), recordedRequest, recordedResponse);
    }

    private static List<String> providerStates(JsonNode interaction) {
        List<String> states = new ArrayList<>();
        interaction.path("providerStates").forEach(state -> states.add(state.path("name").asText()));
        if (interaction.hasNonNull("providerState")) {
            states.add(interaction.get("providerState").asText());
        }
        return states;
    }

    /** V2 stores the query as one string; V3 and V4 as a map of value lists. */
    private static Map<String, List<String>> query(JsonNode query) {
        if (!query.isTextual()) {
            return multiMap(query);
        }
        Map<String, List<String>> parsed = new LinkedHashMap<>();
        for (String pair : query.asText().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameValue = pair.split("=", 2);
            parsed.computeIfAbsent(decode(nameValue[0]), name -> new ArrayList<>())
                    .add(nameValue.length > 1 ? decode(nameValue[1]) : "");
        }
        return parsed;
    }

    private static Map<String, List<String>> multiMap(JsonNode node) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            List<String> values = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(value -> values.add(value.asText()));
            } else {
                values.add(field.getValue().asText());
            }
            map.put(field.getKey(), values);
        });
        return map;
    }

    /** V4 wraps the body as {content, contentType, encoded}; V2/V3 store the JSON document itself. */
    private static String body(JsonNode body, Map<String, List<String>> headers) {
        if (body.isMissingNode() || body.isNull()) {
            return null;
        }
        if (body.isObject() && body.has("content") && body.has("contentType")) {
            JsonNode content = body.get("content");
            String encoded = body.path("encoded").asText("false");
            if ("base64".equalsIgnoreCase(encoded)) {
                return new String(Base64.getDecoder().decode(content.asText()), StandardCharsets.UTF_8);
            }
            return content.isTextual() && !"json".equalsIgnoreCase(encoded) ? content.asText() : content.toString();
        }
        boolean json = headers.entrySet().stream().anyMatch(header -> header.getKey().equalsIgnoreCase("content-type")
                && header.getValue().stream().anyMatch(value -> value.contains("json")));
        return body.isTextual() && !json ? body.asText() : body.toString();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
