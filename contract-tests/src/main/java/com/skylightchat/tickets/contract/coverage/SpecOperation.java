package com.skylightchat.tickets.contract.coverage;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One operation of the spec with the response statuses it documents.
 *
 * @param pathTemplate e.g. {@code /tickets/{id}/reply}
 * @param statuses     documented status codes in spec order, e.g. {@code 200, 401, 404, 422}
 */
public record SpecOperation(String operationId, String method, String pathTemplate, List<String> statuses) {

    public SpecOperation {
        statuses = List.copyOf(statuses);
    }

    /** Whether a concrete request path fits this template ({@code {param}} matches one non-empty segment). */
    public boolean matches(String requestMethod, String path) {
        if (!method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        String regex = Pattern.quote(pathTemplate).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
        return path.matches(regex);
    }

    /** Literal paths win over templated ones, as in the spec's routing ({@code /tickets/departments}). */
    int templateParameters() {
        return (int) pathTemplate.chars().filter(c -> c == '{').count();
    }
}
