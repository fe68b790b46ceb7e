package com.skylightchat.tickets.stub.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON mapper for every body the stub itself writes or reads (errors, 404 explanations, admin). */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code value} as pretty JSON; a value Jackson cannot write becomes an error object (never an exception). */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            return "{\"error\":\"cannot write the answer as JSON\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A stub-made error body: {@code {"error": …}}, to which callers add more fields. */
    public static Map<String, Object> error(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return body;
    }

    /** A JSON answer with {@code body}. */
    public static StubResponse response(int status, Object body, Outcome outcome) {
        return StubResponse.json(status, bytes(body), outcome);
    }
}
