package com.skylightchat.tickets.contract.pact;

import java.util.List;
import java.util.Map;

/** The response side of a recorded HTTP interaction: what the consumer expects back, as example values. */
public record RecordedResponse(int status, Map<String, List<String>> headers, String body) implements HttpPart {

    public RecordedResponse {
        headers = Map.copyOf(headers);
    }
}
