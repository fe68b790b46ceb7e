package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.stub.testing.samples.ColdStartProbe;
import com.skylightchat.tickets.stub.testing.samples.Observations;
import com.skylightchat.tickets.stub.testing.samples.PerClassSample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a test class pays for {@code @TicketsStubTest}. Warm: the two-test sample class is run {@value #RUNS} times
 * in this JVM. Cold: {@link ColdStartProbe} runs it in a fresh JVM, after a plain JUnit class so that JUnit's own
 * start-up is not counted against the stub. The numbers are logged; the README quotes them.
 */
class ExtensionStartupCostIT {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionStartupCostIT.class);
    private static final int RUNS = 12;

    @Test
    void aFurtherTestClassPaysMillisecondsNotSeconds() {
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
        LOG.info("@TicketsStubTest warm cost per class: median {} ms stub start, {} ms whole class (2 tests, one "
            + "client call); all stub starts {} ms", warmStart, warmClass, startMillis);
        assertThat(warmClass).as("warm per-class cost in ms").isLessThan(1000);
    }

    @Test
    void theFirstClassInAFreshJvmPaysClassLoadingOnce() throws IOException, InterruptedException {
        // when
        Map<String, Long> cold = runProbeInAFreshJvm();

        // then
        LOG.info("@TicketsStubTest cold cost: first plain JUnit class {} ms; first stub class {} ms (stub start {} "
            + "ms), then {} ms and {} ms (stub start {} ms, {} ms)", cold.get("junitFirstClass"),
            cold.get("stubClass0"), cold.get("stubStart0"), cold.get("stubClass1"), cold.get("stubClass2"),
            cold.get("stubStart1"), cold.get("stubStart2"));
        assertThat(cold.get("stubClass0")).as("first stub class in ms").isLessThan(15_000);
        assertThat(cold.get("stubClass2")).as("third stub class in ms").isLessThan(cold.get("stubClass0"));
    }

    private static Map<String, Long> runProbeInAFreshJvm() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", ColdStartProbe.class.getName())
            .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String line = output.lines().filter(l -> l.startsWith("cold-start ")).findFirst()
            .orElseThrow(() -> new AssertionError("the probe printed no result:\n" + output));
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.substring("cold-start ".length()).split(" ")) {
            String[] kv = pair.split("=");
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        return values;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
