package com.skylightchat.tickets.stub.admin;

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
}
