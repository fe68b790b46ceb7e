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
     * Nothing matched fully.
     *
     * @param nearMisses   the nearest interactions (up to three) with the reasons
     * @param basePathHint set when the request only lacks or doubles the provider's base path, else {@code null}
     * @param cut          set when the explanation stopped early (a body too large to compare, the time budget),
     *                     saying why; {@code null} when it is complete
     */
    record NotMatched(List<NearMiss> nearMisses, String basePathHint, String cut) implements MatchOutcome {
        public NotMatched {
            nearMisses = List.copyOf(nearMisses);
        }
    }

    /** The body says it is JSON but does not parse (or nests too deeply); {@code reason} says where. */
    record MalformedBody(String reason) implements MatchOutcome {
    }
}
