package com.skylightchat.tickets.stub.matching;

import java.time.Duration;

/**
 * How much work one unmatched request may cost: bodies up to {@code maxBodyBytes} are compared with the pacts (larger
 * ones match nothing, with the reason), and near misses outside the candidates are looked for only while less than
 * {@code explanationTime} has gone into the request.
 *
 * @param maxBodyBytes    largest request body handed to Pact JVM's matching
 * @param explanationTime time after which a miss is explained by its candidates alone
 */
public record MatchBudget(int maxBodyBytes, Duration explanationTime) {

    public static final MatchBudget DEFAULT = new MatchBudget(64 * 1024, Duration.ofMillis(50));
}
