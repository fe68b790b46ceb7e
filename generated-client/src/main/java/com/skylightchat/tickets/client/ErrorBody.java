package com.skylightchat.tickets.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An error answer's body, read tolerantly: {@code { "message": "...", "errors": { "field": ["..."] } }} is the
 * spec's shape, but a proxy's HTML page, an empty body, a single string instead of a list, or extra fields must
 * not make the client fail while reporting a failure. Whatever cannot be read is simply absent.
 *
 * <p>Every text is passed through a redactor <em>after</em> parsing, so a secret the server echoed in a
 * JSON-escaped form (PHP writes {@code /} as {@code \/}, any character may be a unicode escape) is caught too.
 *
 * @param message     the {@code message}, or null
 * @param fieldErrors the {@code errors} in the order received; empty when none
 * @param raw         the body as received, or null
 * @param json        the body re-written as one line of JSON when it was JSON, else null
 */
record ErrorBody(String message, Map<String, List<String>> fieldErrors, String raw, String json) {
    static final ErrorBody NONE = new ErrorBody(null, Map.of(), null, null);

    static ErrorBody parse(ObjectMapper mapper, String raw, UnaryOperator<String> redact) {
        JsonNode root = readTree(mapper, raw);
        if (root == null) {
            return new ErrorBody(null, Map.of(), redact.apply(raw), null);
        }
        JsonNode message = root.isObject() ? root.get("message") : null;
        String text = message != null && message.isValueNode() && !message.isNull() ? message.asText() : null;
        return new ErrorBody(redact.apply(text), fieldErrors(root.get("errors"), redact), redact.apply(raw),
            redact.apply(root.toString()));
    }

    private static JsonNode readTree(ObjectMapper mapper, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(raw);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static Map<String, List<String>> fieldErrors(JsonNode errors, UnaryOperator<String> redact) {
        if (errors == null || !errors.isObject()) {
            return Map.of();
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        errors.properties().forEach(field -> {
            List<String> messages = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(item -> messages.add(redact.apply(item.asText())));
            } else if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                messages.add(redact.apply(field.getValue().asText()));
            }
            result.put(redact.apply(field.getKey()), List.copyOf(messages));
        });
        return Collections.unmodifiableMap(result);
    }
}
