package com.skylightchat.tickets.spec.validation;

/**
 * One way an exchange disagrees with the spec.
 *
 * @param where   the JSON path of the offending part: {@code request.path}, {@code request.query.per_page},
 *                {@code request.header.X-Api-Key}, {@code response.status}, {@code response.body.data.status}, …
 * @param rule    swagger-request-validator's message key, e.g. {@code validation.response.body.schema.enum}
 * @param message what is wrong, on one line
 */
public record SpecViolation(String where, String rule, String message) {

    /** {@code where: message [rule]}, for logs and the command line. */
    public String describe() {
        return where + ": " + message + " [" + rule + "]";
    }

    /** Whether the request, not the response, is at fault. */
    public boolean inRequest() {
        return where.startsWith("request");
    }
}
