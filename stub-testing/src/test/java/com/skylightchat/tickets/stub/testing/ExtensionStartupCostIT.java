package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.stub.testing.samples.Observations;
import com.skylightchat.tickets.stub.testing.samples.PerClassSample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a test class pays for {@code @TicketsStubTest}: the sample class (two tests, one client call) is run
 * {@value #RUNS} times; the stub's own start time and the whole class's wall time are logged. The first run pays
 * class loading (Undertow, Pact JVM, Jackson) once per JVM; the rest is what every further class pays.
 */
class ExtensionStartupCostIT {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionStartupCostIT.class);
    private static final int RUNS = 12;

    @Test
    void aTestClassPaysMillisecondsNotSecondsOnceTheJvmIsWarm() {
        // given
        List<Long> startMillis = new ArrayList<>();
        List<Long> classMillis = new ArrayList<>();

        // when
        for (int run = 0; run < RUNS; run++) {
            Observations.SEEN.clear();
            long began = System.nanoTime();
            ExtensionLifecycleIT.run(PerClassSample.class).testEvents().assertStatistics(s -> s.succeeded(2));
            classMillis.add(Duration.ofNanos(System.nanoTime() - began).toMillis());
            startMillis.add(Duration.ofNanos(Observations.SEEN.get(0).startupNanos()).toMillis());
        }

        // then
        long warmStart = median(startMillis.subList(2, RUNS));
        long warmClass = median(classMillis.subList(2, RUNS));
        LOG.info("@TicketsStubTest cost per class: first {} ms stub start ({} ms whole class); warm median {} ms "
            + "stub start ({} ms whole class, 2 tests); all starts {}", startMillis.get(0), classMillis.get(0),
            warmStart, warmClass, startMillis);
        assertThat(warmClass).as("warm per-class cost in ms").isLessThan(1000);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
