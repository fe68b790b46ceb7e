package com.skylightchat.tickets.contract.pact;

import java.util.List;
import java.util.Map;

/**
 * The request side of a recorded HTTP interaction: what the consumer sends, as its example values.
 *
 * @param method upper-case HTTP method
 * @param path   path relative to the provider's base URL, e.g. {@code /tickets/14}
 * @param query  query parameters, each with all its values in order
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> query,
                              Map<String, List<String>> headers, String body) implements HttpPart {

    public RecordedRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }
}
