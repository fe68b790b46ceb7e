package com.skylightchat.tickets.stub.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer of the simulated API, thrown where the problem is found and written by the responder: the status,
 * the {@code message} for a person and, for a 422, the offending fields with their messages (Laravel's shape, the
 * spec's {@code ValidationErrorResponse}). Carries no stack trace: it is an answer, not a failure.
 */
final class ApiProblem extends RuntimeException {

    static final String UNAUTHENTICATED = "Unauthenticated.";
    static final String NOT_FOUND = "Ticket not found.";

    private final int status;
    private final Map<String, List<String>> errors;
    private final String allow;

    private ApiProblem(int status, String message, Map<String, List<String>> errors, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.errors = errors;
        this.allow = allow;
    }

    static ApiProblem of(int status, String message) {
        return new ApiProblem(status, message, null, null);
    }

    static ApiProblem notFound() {
        return of(404, NOT_FOUND);
    }

    /** 405 for a path the API has, with the methods it allows there. */
    static ApiProblem methodNotAllowed(String message, String allow) {
        return new ApiProblem(405, message, null, allow);
    }

    /** 422 with Laravel's message: the first error, and how many more there are. */
    static ApiProblem invalid(Map<String, List<String>> errors) {
        int count = errors.values().stream().mapToInt(List::size).sum();
        String first = errors.values().iterator().next().get(0);
        String message = count == 1 ? first
                : first + " (and " + (count - 1) + " more error" + (count == 2 ? "" : "s") + ")";
        return new ApiProblem(422, message, new LinkedHashMap<>(errors), null);
    }

    /** 422 for one field. */
    static ApiProblem invalid(String field, String message) {
        return invalid(Map.of(field, List.of(message)));
    }

    int status() {
        return status;
    }

    /** The offending fields, or {@code null} when this is not a validation error. */
    Map<String, List<String>> errors() {
        return errors;
    }

    /** The {@code Allow} header of a 405, else {@code null}. */
    String allow() {
        return allow;
    }
}
