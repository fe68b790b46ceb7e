package com.skylightchat.tickets.stub.loader;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.ProviderState;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One HTTP interaction ready to be served: its position in load order (file order, then order inside the file),
 * where it came from, and the Pact JVM request/response models. Immutable after loading; the Pact models are
 * only read by the matcher and copied before generators are applied.
 *
 * @param order            global load order, used as the final tie-break between full matches
 * @param source           the pact file or resource it came from
 * @param description      the interaction's description (what the log and the journal name)
 * @param providerStates   the interaction's provider states, possibly empty
 * @param request          the expected request
 * @param response         the response to replay
 * @param hasGenerators    whether the response has generators (then it is regenerated per request)
 * @param headerNames      lower-case names of the request headers the interaction constrains
 * @param pathPattern      for a path with a matching rule, a pre-filter regex; {@code null} for an exact path
 */
public record StubInteraction(int order, String source, String description, List<ProviderState> providerStates,
                              IRequest request, IResponse response, boolean hasGenerators, Set<String> headerNames,
                              Pattern pathPattern) {

    /** Whether this interaction was recorded for the named provider state. */
    public boolean hasState(String name) {
        for (ProviderState state : providerStates) {
            if (name.equals(state.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The first provider state's name, or {@code null} without one. */
    public String firstStateName() {
        return providerStates.isEmpty() ? null : providerStates.get(0).getName();
    }
}
