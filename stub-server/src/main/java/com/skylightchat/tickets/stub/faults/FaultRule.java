package com.skylightchat.tickets.stub.faults;

import com.skylightchat.tickets.stub.http.Checks;

import java.time.Duration;
import java.util.Objects;

/**
 * One fault to inject: which requests it hits — every one, those an interaction answers (by its description), or
 * those for a path — and what it does: delay the answer by {@code delay} plus up to {@code jitter} at random, drop the
 * connection instead of answering, or answer with {@code status} (and {@code Retry-After: retryAfterSeconds}) instead
 * of the pact's response. {@code times} limits it to the next N requests it hits (0: no limit).
 *
 * @param interaction        description of the interaction whose answers it hits, or {@code null}
 * @param path               request path it hits (exactly), or {@code null}
 * @param delay              fixed delay, zero for none
 * @param jitter             up to this much more delay, chosen at random per request
 * @param drop               close the connection instead of answering
 * @param status             answer with this status instead (0: keep the pact's)
 * @param retryAfterSeconds  with {@code status}, the {@code Retry-After} to send (negative: none)
 * @param times              how many requests it hits before it is used up (0: every one)
 */
public record FaultRule(String interaction, String path, Duration delay, Duration jitter, boolean drop, int status,
                        int retryAfterSeconds, int times) {

    public FaultRule {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(jitter, "jitter");
        if (delay.isNegative() || jitter.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        Checks.range("delay (ms)", delay.plus(jitter).toMillis(), 0, Duration.ofMinutes(10).toMillis());
        if (status != 0) {
            Checks.range("status", status, 100, 599);
        }
        Checks.range("times", times, 0, Integer.MAX_VALUE);
        if (interaction != null && path != null) {
            throw new IllegalArgumentException("a fault hits an interaction or a path, not both");
        }
        if (delay.isZero() && jitter.isZero() && !drop && status == 0) {
            throw new IllegalArgumentException("a fault needs a delay, a drop or a status");
        }
    }

    /** Whether the answer to a request for {@code requestPath}, given by {@code answeredBy}, is hit. */
    boolean hits(String requestPath, String answeredBy) {
        if (interaction != null) {
            return interaction.equals(answeredBy);
        }
        return path == null || path.equals(requestPath);
    }
}
