package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Both forms of {@code Retry-After}, and that an unreadable one is ignored rather than fatal. */
class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-10-21T07:27:30Z");

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("1", NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryAfter.parse(" 120 ", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("0", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateAsTheTimeLeftUntilThen() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2026 07:28:00 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void readsAnHttpDateInThePastAsNoWait() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2026 07:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void keepsAnAbsurdlyLongDelayLong() {
        assertThat(RetryAfter.parse("99999999999999999999", NOW)).isGreaterThan(Duration.ofDays(365));
    }

    @Test
    void ignoresWhatItCannotRead() {
        for (String value : new String[] {null, "", "soon", "-5", "1.5", "Sunday, 06-Nov-94 08:49:37 GMT"}) {
            assertThat(RetryAfter.parse(value, NOW)).as(value).isNull();
        }
    }
}
