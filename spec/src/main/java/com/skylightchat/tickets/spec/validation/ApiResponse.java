package com.skylightchat.tickets.spec.validation;

import java.util.List;
import java.util.Map;

/**
 * A response as it travels over the wire, independent of any HTTP or Pact library.
 *
 * @param status  HTTP status
 * @param headers response headers, names in any case
 * @param body    the body as text, {@code null} when there is none
 */
public record ApiResponse(int status, Map<String, List<String>> headers, String body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }
}
