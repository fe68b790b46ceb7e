package com.skylightchat.tickets.stub.http;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human units, on the command line and in admin requests: durations ({@code 500ms}, {@code 10s}, {@code 2m}, ISO) and
 * sizes ({@code 64k}, {@code 1m}). Plain functions; a value they cannot read is an {@link IllegalArgumentException}
 * whose message says why, which callers turn into an error naming the option.
 */
public final class Units {

    private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s*([a-zA-Z]*)");

    private Units() {
    }

    /** The longest time any option may take: timers count milliseconds in an {@code int}. */
    public static final Duration LONGEST = Duration.ofDays(24);

    /**
     * {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, a bare number of seconds, or ISO-8601 ({@code PT10S}); at
     * most {@link #LONGEST}.
     */
    public static Duration duration(String value) {
        Duration duration;
        try {
            duration = anyDuration(value);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + value + "' is too long", e);
        }
        if (duration.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("'" + value + "' is longer than 24 days, the most a time here can be");
        }
        return duration;
    }

    private static Duration anyDuration(String value) {
        if (value.toUpperCase(Locale.ROOT).startsWith("PT")) {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + value + "' is not an ISO-8601 duration", e);
            }
        }
        Matcher m = matcher(value);
        long n = number(m, value);
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "ms" -> Duration.ofMillis(n);
            case "", "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> throw new IllegalArgumentException("unknown time unit in '" + value + "' (use ms, s, m or h)");
        };
    }

    /** {@code 1048576}, {@code 64k}, {@code 1m} (binary units), at most {@link Integer#MAX_VALUE} bytes. */
    public static int size(String value) {
        Matcher m = matcher(value);
        long n = number(m, value);
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + value + "' is too large");
        }
        long bytes = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "b" -> n;
            case "k", "kb", "kib" -> n * 1024;
            case "m", "mb", "mib" -> n * 1024 * 1024;
            default -> throw new IllegalArgumentException("unknown size unit in '" + value + "' (use k or m)");
        };
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + value + "' is too large");
        }
        return (int) bytes;
    }

    private static Matcher matcher(String value) {
        Matcher m = AMOUNT.matcher(value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a number with an optional unit");
        }
        return m;
    }

    private static long number(Matcher m, String value) {
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            // Only more digits than a long holds get here; the pattern already rejected everything else.
            throw new IllegalArgumentException("'" + value + "' is too large", e);
        }
    }
}
