package com.skylightchat.tickets.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.skylightchat.tickets.client.invoker.ApiException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

/**
 * One failed attempt as {@link Retrier} sees it: a short reason for the final message, whether another attempt
 * may succeed, and the wait the server asked for.
 *
 * <p>Transient: {@code 429} and {@code 503} (the server says "later"), and an {@code IOException} of the
 * transport, i.e. a connection refused, reset or closed before the response. Not transient: every other status
 * (a {@code 4xx} will not change, a {@code 500} is a bug, a {@code 502}/{@code 504} names a gateway we cannot
 * judge), a timeout (the request timeout already bounds each attempt; retrying would multiply the caller's worst
 * case wait), a body that is not the spec's JSON, an interrupt.
 *
 * @param reason     e.g. {@code HTTP 429 (Retry-After: 1)} or {@code IOException: ...}
 * @param retryable  whether trying again can help
 * @param retryAfter the server's {@code Retry-After}, or null when it sent none (or none that could be read)
 */
record FailedAttempt(String reason, boolean retryable, Duration retryAfter) {

    static FailedAttempt of(ApiException e, Instant now) {
        int status = e.getCode();
        if (status == 429 || status == 503) {
            String header = e.getResponseHeaders() == null ? null
                : e.getResponseHeaders().firstValue("Retry-After").orElse(null);
            return new FailedAttempt("HTTP " + status + (header == null ? "" : " (Retry-After: " + header + ")"),
                true, RetryAfter.parse(header, now));
        }
        if (status != 0) {
            return new FailedAttempt("HTTP " + status, false, null);
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        boolean transportFailure = cause instanceof IOException && !(cause instanceof HttpTimeoutException)
            && !(cause instanceof JsonProcessingException);
        return new FailedAttempt(describe(cause), transportFailure, null);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
