package com.skylightchat.tickets.stub.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The API's timestamps: ISO 8601 in UTC with microseconds, {@code 2026-03-07T10:30:00.000000Z} (the pattern the
 * recorded pacts match, {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSSX}). Thread-safe.
 */
final class Timestamps {

    static final String PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSX";

    private Timestamps() {
    }

    /** Now, to the microsecond the format shows (so what is stored is what is shown). */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The instant in {@link #PATTERN}. Written digit by digit rather than with a {@code DateTimeFormatter}: every
     * answer carries several timestamps, and this is a tenth of the formatter's cost on the keyed GET's path.
     */
    static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        char[] text = "0000-00-00T00:00:00.000000Z".toCharArray();
        digits(text, 0, 4, t.getYear());
        digits(text, 5, 2, t.getMonthValue());
        digits(text, 8, 2, t.getDayOfMonth());
        digits(text, 11, 2, t.getHour());
        digits(text, 14, 2, t.getMinute());
        digits(text, 17, 2, t.getSecond());
        digits(text, 20, 6, t.getNano() / 1000);
        return new String(text);
    }

    private static void digits(char[] text, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Any ISO 8601 instant ({@code 2026-03-08T09:00:00Z}, with or without fractions), to the microsecond. */
    static Instant parse(String text) {
        try {
            return Instant.parse(text).truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO 8601 UTC timestamp like "
                    + "2026-03-08T09:00:00.000000Z", e);
        }
    }
}
