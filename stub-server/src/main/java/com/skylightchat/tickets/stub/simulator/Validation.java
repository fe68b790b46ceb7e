package com.skylightchat.tickets.stub.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks input fields one by one, with the provider's (Laravel's) rules and messages — {@code The subject field is
 * required.}, {@code The selected priority is invalid.} — and collects every problem before it answers, so one 422
 * names all offending fields, as the spec's {@code ValidationErrorResponse} does. An empty or blank value counts as
 * missing (Laravel trims and nulls empty strings). Lengths count characters, not UTF-16 units. One per request.
 */
final class Validation {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    /** A required string field of a JSON body, at most {@code maxChars} long (0: no limit). */
    String requiredText(JsonNode body, String field, int maxChars) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            return fail(field, "The " + label(field) + " field is required.");
        }
        if (!node.isTextual()) {
            return fail(field, "The " + label(field) + " field must be a string.");
        }
        String text = node.asText();
        if (maxChars > 0 && text.codePointCount(0, text.length()) > maxChars) {
            return fail(field, "The " + label(field) + " field must not be greater than " + maxChars + " characters.");
        }
        return text;
    }

    /** An optional field that must be one of {@code choices}; {@code null} when absent. */
    String choice(String value, String field, Set<String> choices) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return choices.contains(value) ? value : fail(field, "The selected " + label(field) + " is invalid.");
    }

    /** An optional whole number between {@code min} and {@code max}; {@code fallback} when absent. */
    Integer integer(String value, String field, int min, int max, Integer fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fail(field, "The " + label(field) + " field must be an integer.");
        }
        if (number < min) {
            return fail(field, "The " + label(field) + " field must be at least " + min + ".");
        }
        return number > max ? fail(field, "The " + label(field) + " field must not be greater than " + max + ".")
                : (int) number;
    }

    /** An optional JSON integer; {@code null} when absent (an integer in a string is not one: the spec says so). */
    Long jsonInteger(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.canConvertToExactIntegral() && node.canConvertToLong() ? node.asLong()
                : fail(field, "The " + label(field) + " field must be an integer.");
    }

    /** A rule of the operation itself failed for {@code field}. */
    <T> T fail(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return null;
    }

    /** Throws the 422 naming every problem found, if there was one. */
    void done() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private static String label(String field) {
        return field.replace('_', ' ');
    }
}
