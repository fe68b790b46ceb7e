package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.http.Json;

import java.util.Map;

/**
 * What an admin endpoint answers: a status and a body that is written as JSON ({@code null} for no body).
 *
 * @param status HTTP status
 * @param body   any Jackson-serialisable value, or {@code null}
 */
public record AdminResponse(int status, Object body) {

    public static AdminResponse ok(Object body) {
        return new AdminResponse(200, body);
    }

    public static AdminResponse noContent() {
        return new AdminResponse(204, null);
    }

    /** An error answer: {@code {"error": why}}. */
    public static AdminResponse error(int status, String why) {
        return new AdminResponse(status, Json.error(why));
    }

    /** The same error with one more field. */
    public static AdminResponse error(int status, String why, String field, Object value) {
        Map<String, Object> body = Json.error(why);
        body.put(field, value);
        return new AdminResponse(status, body);
    }
}
