package com.skylightchat.tickets.stub.http;

import java.time.Duration;

/** Range checks for the settings records, with messages that name the option. */
public final class Checks {

    private Checks() {
    }

    public static void range(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    public static void positive(String name, Duration value) {
        if (value == null || value.toMillis() < 1 || value.compareTo(Units.LONGEST) > 0) {
            throw new IllegalArgumentException(name + " must be between 1ms and 24 days, was "
                    + (value == null ? "none" : value.toMillis() + "ms"));
        }
    }
}
