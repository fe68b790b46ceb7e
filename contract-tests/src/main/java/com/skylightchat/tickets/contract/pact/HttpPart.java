package com.skylightchat.tickets.contract.pact;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Headers and body shared by a recorded request and response. Header names keep their recorded case; lookups
 * ignore case as HTTP does. The body is the recorded example text, or {@code null} when there is none.
 */
public interface HttpPart {

    Map<String, List<String>> headers();

    String body();

    /** All values of the header {@code name}, compared case-insensitively; empty when it was not recorded. */
    default List<String> header(String name) {
        return headers().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .findFirst()
                .map(Map.Entry::getValue)
                .orElse(List.of());
    }

    /** The media type without parameters, e.g. {@code application/json}. */
    default Optional<String> contentType() {
        return header("Content-Type").stream().findFirst().map(value -> value.split(";")[0].trim());
    }
}
