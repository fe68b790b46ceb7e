package com.skylightchat.tickets.stub.matching;

import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.List;

/**
 * An interaction that came close to a request, with what did not match in plain words (WireMock's near miss).
 *
 * @param interaction the interaction
 * @param score       Pact JVM's match score (higher is closer)
 * @param reasons     one sentence per mismatch, never empty
 */
public record NearMiss(StubInteraction interaction, int score, List<String> reasons) {

    public NearMiss {
        reasons = List.copyOf(reasons);
    }
}
