package com.skylightchat.tickets.spec.validation;

import java.util.List;
import java.util.Map;

/**
 * A request as it travels over the wire, independent of any HTTP or Pact library. The path is the full path the
 * provider receives, base path included ({@code /api/v1/tickets/14}).
 *
 * @param method  HTTP method, any case
 * @param path    the path without query
 * @param query   query parameters
 * @param headers request headers, names in any case
 * @param body    the body as text, {@code null} when there is none
 */
public record ApiRequest(String method, String path, Map<String, List<String>> query,
                         Map<String, List<String>> headers, String body) {

    public ApiRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }
}
