package com.skylightchat.tickets.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3): delay-seconds ({@code 120}) or an HTTP-date in
 * the IMF-fixdate form ({@code Wed, 21 Oct 2026 07:28:00 GMT}). The two obsolete date forms are not read: no
 * current server sends them, and an unreadable value only means the client's own backoff applies.
 */
final class RetryAfter {
    /** Larger values are kept as this: far beyond any sensible {@link RetryPolicy#maxRetryAfter()}. */
    private static final long LONGEST_SECONDS = 999_999_999L;

    private RetryAfter() {
    }

    /** The wait the header asks for from {@code now} (never negative), or null when it cannot be read. */
    static Duration parse(String value, Instant now) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Duration.ofSeconds(text.length() > 9 ? LONGEST_SECONDS : Long.parseLong(text));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
