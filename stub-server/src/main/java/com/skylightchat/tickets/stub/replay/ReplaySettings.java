package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.matching.MatchBudget;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the pacts are replayed.
 *
 * @param providerState       provider state selected when a request names none; {@code null} for none
 * @param providerStateHeader request header that selects a provider state per request
 * @param specValidation      whether misses also list the request's violations of the OpenAPI spec
 * @param spec                the spec to validate against; {@code null} means the bundled one
 * @param matchCacheSize      how many match decisions are cached: up to this many matches and as many misses (0
 *                            disables the cache)
 * @param budget              the work one unmatched request may cost
 * @param noMatchStatus       the status of a "no interaction matched" answer (404 by default)
 */
public record ReplaySettings(String providerState, String providerStateHeader, boolean specValidation, Path spec,
                             int matchCacheSize, MatchBudget budget, int noMatchStatus) {

    public static final String DEFAULT_STATE_HEADER = "X-Pact-Provider-State";

    public ReplaySettings {
        Objects.requireNonNull(providerStateHeader, "providerStateHeader");
        Objects.requireNonNull(budget, "budget");
        if (noMatchStatus < 400 || noMatchStatus > 599) {
            throw new IllegalArgumentException("noMatchStatus must be a 4xx or 5xx status, was " + noMatchStatus);
        }
    }
}
