package com.skylightchat.tickets.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how often {@link TicketsClient} tries a read again; give it to {@link TicketsClient.Builder#retries}.
 * Off by default ({@link #none()}).
 *
 * <p>Only the safe {@code GET} operations are retried ({@code listTickets}, {@code getTicket},
 * {@code listDepartments}), and only after a {@code 429}, a {@code 503} or a connection that failed or closed
 * before the response (an {@code IOException} other than a timeout). The wait before retry {@code n} is the
 * server's {@code Retry-After} when it sent one, else an exponential backoff with "equal jitter": the step
 * {@code min(maxBackoff, initialBackoff × 2^(n-1))}, of which half is always waited and the other half at random.
 * A {@code Retry-After} longer than {@link #maxRetryAfter()} ends the retries at once.
 *
 * @param maxAttempts    attempts in all, the first one included (1 = no retries); at most 10
 * @param initialBackoff the backoff step before the first retry; at least 1 ms
 * @param maxBackoff     the largest backoff step; not less than {@code initialBackoff}
 * @param maxRetryAfter  the longest {@code Retry-After} the client waits for; zero or more
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    private static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(200);
    private static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 10, got " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("Backoffs must satisfy 1 ms <= initialBackoff <= maxBackoff and "
                + "maxRetryAfter must not be negative, got " + initialBackoff + ", " + maxBackoff + ", " + maxRetryAfter);
        }
    }

    /** No retries: every call is tried once (the client's default). */
    public static RetryPolicy none() {
        return attempts(1);
    }

    /** {@code maxAttempts} in all, backoff 200 ms doubling up to 5 s, {@code Retry-After} honoured up to 30 s. */
    public static RetryPolicy attempts(int maxAttempts) {
        return new RetryPolicy(maxAttempts, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_MAX_RETRY_AFTER);
    }

    /** The same policy with another backoff: {@code initial} before the first retry, doubling up to {@code max}. */
    public RetryPolicy withBackoff(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max, maxRetryAfter);
    }

    /** The same policy waiting for a {@code Retry-After} of at most {@code max}. */
    public RetryPolicy withMaxRetryAfter(Duration max) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, max);
    }

    /**
     * The backoff before retry {@code retry} (from 1), with equal jitter: never less than half the step, so a
     * struggling server always gets a pause, yet clients that failed together spread out.
     *
     * @param random a number in {@code [0, 1)}
     */
    Duration backoff(int retry, double random) {
        long step = initialBackoff.toMillis();
        for (int i = 1; i < retry && step < maxBackoff.toMillis(); i++) {
            step = Math.min(maxBackoff.toMillis(), step * 2);
        }
        long half = step / 2;
        return Duration.ofMillis(step - half + (long) (random * half));
    }
}
