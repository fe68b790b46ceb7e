package com.skylightchat.tickets.client;

import com.skylightchat.tickets.client.invoker.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Runs each call into the generated API under a {@link RetryPolicy}, and turns the last failure into a
 * {@link TicketsClientException} through the {@link ErrorTranslator}. When more than one attempt was made, or a
 * retryable failure was not retried, the message ends with each attempt's reason and wait, e.g.
 * {@code [attempts: 1) HTTP 429 (Retry-After: 1), waited 1000 ms (Retry-After); 2) HTTP 503, no attempts left]}.
 * Immutable and thread-safe.
 */
final class Retrier {
    private final RetryPolicy policy;
    private final ErrorTranslator errors;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;

    Retrier(RetryPolicy policy, ErrorTranslator errors) {
        this(policy, errors, Sleeper.THREAD, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    Retrier(RetryPolicy policy, ErrorTranslator errors, Sleeper sleeper, Clock clock, DoubleSupplier random) {
        this.policy = policy;
        this.errors = errors;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
    }

    <T> T run(Operation operation, ApiCall<T> call) {
        List<String> history = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (ApiException e) {
                FailedAttempt failed = FailedAttempt.of(e, clock.instant());
                String stop = stopReason(operation, attempt, failed);
                if (stop != null) {
                    throw report(operation, e, failed, history, stop);
                }
                Duration wait = failed.retryAfter() != null ? failed.retryAfter()
                    : policy.backoff(attempt, random.getAsDouble());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw report(operation, e, failed, history, "interrupted while waiting to retry");
                }
                history.add(failed.reason() + ", waited " + wait.toMillis() + " ms"
                    + (failed.retryAfter() != null ? " (Retry-After)" : ""));
            }
        }
    }

    /** Why no further attempt is made: null to retry, "" when there is nothing to say (retries off, or a 404). */
    private String stopReason(Operation operation, int attempt, FailedAttempt failed) {
        if (!failed.retryable() || policy.maxAttempts() == 1) {
            return "";
        }
        if (!operation.isSafe()) {
            return "not retried: " + operation.operationId() + " is not a GET (sent twice, it could act twice)";
        }
        if (attempt >= policy.maxAttempts()) {
            return "no attempts left";
        }
        if (failed.retryAfter() != null && failed.retryAfter().compareTo(policy.maxRetryAfter()) > 0) {
            return "not retried: Retry-After is longer than maxRetryAfter " + policy.maxRetryAfter();
        }
        return null;
    }

    private TicketsClientException report(Operation operation, ApiException last, FailedAttempt failed,
                                          List<String> history, String stop) {
        TicketsClientException failure = errors.translate(operation, last);
        if (history.isEmpty() && stop.isEmpty()) {
            return failure;
        }
        StringBuilder attempts = new StringBuilder("[attempts: ");
        for (int i = 0; i < history.size(); i++) {
            attempts.append(i + 1).append(") ").append(history.get(i)).append("; ");
        }
        attempts.append(history.size() + 1).append(") ").append(failed.reason())
            .append(stop.isEmpty() ? "" : ", " + stop).append("]");
        return errors.afterAttempts(failure, history.size() + 1, attempts.toString());
    }
}
