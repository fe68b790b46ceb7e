package com.skylightchat.tickets.stub.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Json;
import com.skylightchat.tickets.stub.http.JsonSyntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An admin request: the path below the admin prefix and the request as received. Immutable.
 *
 * @param path    path below {@code /__stub/}, e.g. {@code health}
 * @param request the request as received
 */
public record AdminRequest(String path, IncomingRequest request) {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** The first value of a query parameter, or {@code fallback}. */
    public String param(String name, String fallback) {
        List<String> values = request.query().get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    /** The {@code index}-th segment of {@link #path()}, from 0: in {@code simulator/tickets/14}, 2 is {@code 14}. */
    public String segment(int index) {
        return path.split("/")[index];
    }

    public String header(String name) {
        return request.header(name);
    }

    /**
     * The body as a JSON object, empty when there is no body.
     *
     * @throws IllegalArgumentException saying what is wrong (and where, for malformed JSON) when the body is not a
     *                                  JSON object
     */
    public Map<String, Object> jsonObject() {
        if (request.body().length == 0) {
            return new LinkedHashMap<>();
        }
        String problem = JsonSyntax.problem(request.body());
        if (problem != null) {
            throw new IllegalArgumentException("the body is " + problem);
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(request.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // well-formed, as just checked
        }
        if (!(body instanceof ObjectNode)) {
            throw new IllegalArgumentException("the body is not a JSON object but " + kind(body));
        }
        return Json.mapper().convertValue(body, MAP);
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "null";
        };
    }
}
