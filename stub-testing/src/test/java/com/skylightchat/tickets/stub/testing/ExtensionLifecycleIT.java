package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.skylightchat.tickets.stub.testing.samples.ExplicitKeySample;
import com.skylightchat.tickets.stub.testing.samples.MissingPactsSample;
import com.skylightchat.tickets.stub.testing.samples.Observations;
import com.skylightchat.tickets.stub.testing.samples.Observations.Seen;
import com.skylightchat.tickets.stub.testing.samples.PerClassSample;
import com.skylightchat.tickets.stub.testing.samples.PerTestSample;
import com.skylightchat.tickets.stub.testing.samples.StaticFieldNestedSample;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** When the extension starts, resets and stops the stub, seen by running sample classes through JUnit itself. */
class ExtensionLifecycleIT {

    @BeforeEach
    void forgetEarlierSamples() {
        Observations.SEEN.clear();
    }

    @Test
    void startsOneStubPerClassResetsItsJournalPerTestAndStopsItAfterTheClass() {
        // when
        run(PerClassSample.class).testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));

        // then
        List<Seen> seen = Observations.SEEN;
        assertThat(seen).extracting(Seen::test).containsExactly("first", "second");
        assertThat(seen.get(1).port()).isEqualTo(seen.get(0).port());
        assertThat(seen.get(1).journalAtStart()).as("journal after the first test's request").isZero();
        assertThat(listening(seen.get(0).port())).as("stub still listening after the class").isFalse();
    }

    @Test
    void startsAStubPerTestForAnInstanceFieldAndStopsEachAfterItsTest() {
        run(PerTestSample.class).testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));

        List<Seen> seen = Observations.SEEN;
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).port()).isNotEqualTo(seen.get(1).port());
        assertThat(seen).allSatisfy(s -> assertThat(listening(s.port())).isFalse());
    }

    @Test
    void sharesAStaticFieldsStubWithNestedClassesAndStopsItOnceAfterTheOuterClass() {
        run(StaticFieldNestedSample.class).testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));

        List<Seen> seen = Observations.SEEN;
        assertThat(seen).extracting(Seen::test).containsExactlyInAnyOrder("outer", "inner");
        assertThat(seen.get(1).port()).as("the nested class's stub").isEqualTo(seen.get(0).port());
        assertThat(listening(seen.get(0).port())).as("stub still listening after the class").isFalse();
    }

    @Test
    void sendsTheKeyGivenInTheAnnotation() {
        run(ExplicitKeySample.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        assertThat(Observations.SEEN).singleElement().extracting(Seen::apiKey).isEqualTo("explicit-key");
    }

    @Test
    void failsTheClassWithTheMissingPactPathBeforeAnyTestRuns() {
        Events containers = run(MissingPactsSample.class).containerEvents();

        containers.assertThatEvents().haveExactly(1, event(container(MissingPactsSample.class),
            finishedWithFailure(instanceOf(IllegalArgumentException.class),
                message(m -> m.contains("no/such/pact-dir")))));
        assertThat(Observations.SEEN).isEmpty();
    }

    static org.junit.platform.testkit.engine.EngineExecutionResults run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
