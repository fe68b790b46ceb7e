package com.skylightchat.tickets.stub.faults;

import com.skylightchat.tickets.stub.http.Units;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fault rules written as {@code key=value} pairs, the same keys on the command line ({@code --fault
 * "path=/api/v1/tickets/14,status=503,retry-after=1,times=2"}) and in {@code POST /__stub/faults} bodies (as a JSON
 * object): {@code interaction}, {@code path}, {@code delay} ({@code 200ms}, {@code 2s}), {@code jitter}, {@code drop}
 * ({@code true}), {@code status}, {@code retry-after} (seconds), {@code times}. A value that does not read is an
 * {@link IllegalArgumentException} naming the key.
 */
public final class FaultSpecs {

    private static final Set<String> KEYS = Set.of("interaction", "path", "delay", "jitter", "drop", "status",
            "retry-after", "retryAfter", "times");

    private FaultSpecs() {
    }

    /** {@code key=value,key=value}; commas inside values are not supported (descriptions rarely have them). */
    public static FaultRule parse(String text) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("'" + pair + "' is not key=value (keys: interaction, path, delay, "
                        + "jitter, drop, status, retry-after, times)");
            }
            if (values.put(kv[0].strip(), kv[1].strip()) != null) {
                throw new IllegalArgumentException("fault key '" + kv[0].strip() + "' is given twice");
            }
        }
        return of(values);
    }

    /** The rule the values describe (values may be strings, numbers or booleans, as JSON gives them). */
    public static FaultRule of(Map<String, Object> values) {
        for (String key : values.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown fault key '" + key + "'");
            }
        }
        return new FaultRule(text(values, "interaction"), text(values, "path"), duration(values, "delay"),
                duration(values, "jitter"), bool(values, "drop"),
                number(values, "status", 0),
                number(values, values.containsKey("retryAfter") ? "retryAfter" : "retry-after", -1),
                number(values, "times", 0));
    }

    private static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }

    private static Duration duration(Map<String, Object> values, String key) {
        String value = text(values, key);
        try {
            return value == null ? Duration.ZERO : Units.duration(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fault " + key + ": " + e.getMessage(), e);
        }
    }

    private static boolean bool(Map<String, Object> values, String key) {
        String value = text(values, key);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new IllegalArgumentException("fault " + key + ": '" + value + "' is not true or false");
    }

    private static int number(Map<String, Object> values, String key, int fallback) {
        String value = text(values, key);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault " + key + ": '" + value + "' is not a whole number", e);
        }
    }
}
