package com.skylightchat.tickets.stub.testing.samples;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Run in a fresh JVM by {@code ExtensionStartupCostIT}: what the first {@code @TicketsStubTest} class in a test run
 * pays, separated from what JUnit itself pays. Prints one line {@code cold-start key=millis ...}.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        List<String> out = new ArrayList<>();
        long began = System.nanoTime();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(PlainSample.class)).execute()
            .testEvents().assertStatistics(s -> s.succeeded(2));
        out.add("junitFirstClass=" + millisSince(began));
        for (int run = 0; run < 3; run++) {
            Observations.SEEN.clear();
            began = System.nanoTime();
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(PerClassSample.class)).execute()
                .testEvents().assertStatistics(s -> s.succeeded(2));
            out.add("stubClass" + run + "=" + millisSince(began));
            out.add("stubStart" + run + "=" + Observations.SEEN.get(0).startupNanos() / 1_000_000);
        }
        System.out.println("cold-start " + String.join(" ", out));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
