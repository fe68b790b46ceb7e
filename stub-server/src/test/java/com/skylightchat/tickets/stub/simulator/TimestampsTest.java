package com.skylightchat.tickets.stub.simulator;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

    private static final DateTimeFormatter SPEC = DateTimeFormatter.ofPattern(Timestamps.PATTERN)
            .withZone(ZoneOffset.UTC);

    @Test
    void writesWhatTheSpecsPatternWritesForAnyInstantFrom1970To9999() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            // given
            Instant instant = Instant.ofEpochSecond(random.nextLong(253_402_300_799L),
                    random.nextInt(1_000_000) * 1000L);

            // when / then
            assertThat(Timestamps.format(instant)).isEqualTo(SPEC.format(instant));
        }
    }

    @Test
    void readsIsoInstantsWithOrWithoutFractionsToTheMicrosecond() {
        assertThat(Timestamps.format(Timestamps.parse("2026-03-08T09:00:00Z")))
                .isEqualTo("2026-03-08T09:00:00.000000Z");
        assertThat(Timestamps.parse("2026-03-08T09:00:00.123456789Z")).isEqualTo("2026-03-08T09:00:00.123456Z");
    }
}
