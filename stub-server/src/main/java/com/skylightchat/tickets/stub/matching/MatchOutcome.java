package com.skylightchat.tickets.stub.matching;

import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.List;

/**
 * What the matcher decided for a request. Immutable, so one decision can be cached and shared by threads.
 */
public sealed interface MatchOutcome {

    /** One interaction matched fully and answers; {@code state} is the provider state it was recorded for. */
    record Matched(StubInteraction interaction, String state, int fullMatches) implements MatchOutcome {
    }

    /**
     * Nothing matched fully; the nearest interactions (up to three) with the reasons, and a hint when the request
     * only lacks or doubles the provider's base path ({@code null} otherwise).
     */
    record NotMatched(List<NearMiss> nearMisses, String basePathHint) implements MatchOutcome {
        public NotMatched {
            nearMisses = List.copyOf(nearMisses);
        }
    }

    /** The body says it is JSON but does not parse; {@code reason} is the parser's message. */
    record MalformedBody(String reason) implements MatchOutcome {
    }
}
