package com.skylightchat.tickets.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer's body, read tolerantly: {@code { "message": "...", "errors": { "field": ["..."] } }} is the
 * spec's shape, but a proxy's HTML page, an empty body, a single string instead of a list, or extra fields must
 * not make the client fail while reporting a failure. Whatever cannot be read is simply absent.
 *
 * @param message     the {@code message}, or null
 * @param fieldErrors the {@code errors} in the order received; empty when none
 * @param raw         the body as received, or null
 * @param json        whether the body was a JSON object
 */
record ErrorBody(String message, Map<String, List<String>> fieldErrors, String raw, boolean json) {
    static final ErrorBody NONE = new ErrorBody(null, Map.of(), null, false);

    static ErrorBody parse(ObjectMapper mapper, String raw) {
        if (raw == null || raw.isBlank()) {
            return new ErrorBody(null, Map.of(), raw, false);
        }
        JsonNode root;
        try {
            root = mapper.readTree(raw);
        } catch (JsonProcessingException notJson) {
            return new ErrorBody(null, Map.of(), raw, false);
        }
        if (root == null || !root.isObject()) {
            return new ErrorBody(null, Map.of(), raw, false);
        }
        JsonNode message = root.get("message");
        String text = message != null && message.isValueNode() && !message.isNull() ? message.asText() : null;
        return new ErrorBody(text, fieldErrors(root.get("errors")), raw, true);
    }

    private static Map<String, List<String>> fieldErrors(JsonNode errors) {
        if (errors == null || !errors.isObject()) {
            return Map.of();
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        errors.properties().forEach(field -> {
            List<String> messages = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(item -> messages.add(item.asText()));
            } else if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                messages.add(field.getValue().asText());
            }
            result.put(field.getKey(), List.copyOf(messages));
        });
        return Collections.unmodifiableMap(result);
    }
}
