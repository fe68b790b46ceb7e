package com.skylightchat.tickets.stub.cli;

import picocli.CommandLine;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** picocli converters for human units: durations ({@code 500ms}, {@code 10s}, {@code 2m}, ISO) and sizes. */
final class Units {

    private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s*([a-zA-Z]*)");

    private Units() {
    }

    /** {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h} or ISO-8601 ({@code PT10S}). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            if (value.toUpperCase(Locale.ROOT).startsWith("PT")) {
                return Duration.parse(value);
            }
            Matcher m = matcher(value);
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "ms" -> Duration.ofMillis(n);
                case "", "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> throw new CommandLine.TypeConversionException("unknown time unit in '" + value
                        + "' (use ms, s, m or h)");
            };
        }
    }

    /** {@code 1048576}, {@code 64k}, {@code 1m} (binary units). */
    static final class SizeConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            Matcher m = matcher(value);
            long n = Long.parseLong(m.group(1));
            long bytes = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "", "b" -> n;
                case "k", "kb", "kib" -> n * 1024;
                case "m", "mb", "mib" -> n * 1024 * 1024;
                default -> throw new CommandLine.TypeConversionException("unknown size unit in '" + value
                        + "' (use k or m)");
            };
            if (bytes > Integer.MAX_VALUE) {
                throw new CommandLine.TypeConversionException("'" + value + "' is too large");
            }
            return (int) bytes;
        }
    }

    private static Matcher matcher(String value) {
        Matcher m = AMOUNT.matcher(value.strip());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a number with an optional unit");
        }
        return m;
    }
}
