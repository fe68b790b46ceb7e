package com.skylightchat.tickets.stub.matching;

import java.time.Duration;

/**
 * How much work one request may cost: bodies up to {@code maxBodyBytes} are compared with the pacts (larger ones match
 * nothing, with the reason); near misses outside the candidates are looked for only while less than
 * {@code explanationTime} has gone into the request; and bodies over {@link #HEAVY_BODY_BYTES} — whose comparison by
 * Pact JVM costs up to a second of CPU — are compared one at a time per spare core, so that they cannot take the
 * cores from everything else.
 *
 * @param maxBodyBytes    largest request body handed to Pact JVM's matching
 * @param explanationTime time after which a miss is explained by its candidates alone
 */
public record MatchBudget(int maxBodyBytes, Duration explanationTime) {

    public static final MatchBudget DEFAULT = new MatchBudget(64 * 1024, Duration.ofMillis(50));
    /** Bodies larger than this are "heavy": their comparisons are rationed. */
    public static final int HEAVY_BODY_BYTES = 8 * 1024;
}
