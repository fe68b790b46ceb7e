package com.skylightchat.tickets.stub.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The API's timestamps: ISO 8601 in UTC with microseconds, {@code 2026-03-07T10:30:00.000000Z} (the pattern the
 * recorded pacts match, {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSSX}). Thread-safe.
 */
final class Timestamps {

    static final String PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSX";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN).withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** Now, to the microsecond the format shows (so what is stored is what is shown). */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
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
