package com.skylightchat.tickets.contract.pact;

import java.util.List;

/**
 * One HTTP interaction of a pact file.
 *
 * @param description    the interaction's description, unique within its pact
 * @param providerStates the names of the provider states it needs, in order
 */
public record RecordedInteraction(String description, List<String> providerStates, RecordedRequest request,
                                  RecordedResponse response) {

    public RecordedInteraction {
        providerStates = List.copyOf(providerStates);
    }

    /** E.g. {@code GET /tickets/14 -> 404}, for messages a person reads. */
    public String summary() {
        return request.method() + " " + request.path() + " -> " + response.status();
    }
}
