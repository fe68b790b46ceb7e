package com.skylightchat.tickets.stub.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.skylightchat.tickets.stub.testing.samples.AllowedUnmatchedSample;
import com.skylightchat.tickets.stub.testing.samples.MalformedBodySample;
import com.skylightchat.tickets.stub.testing.samples.UnmatchedBeforeAllSample;
import com.skylightchat.tickets.stub.testing.samples.UnmatchedBehindManySample;
import com.skylightchat.tickets.stub.testing.samples.UnmatchedRequestSample;
import com.skylightchat.tickets.stub.testing.samples.UnmatchedUnderFaultSample;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A test whose code sends a request the contract does not have fails, with the stub's explanation, even when its own
 * assertions passed; a class that says unmatched requests are its subject passes. Seen by running sample classes
 * through JUnit itself.
 */
class NeverSilentIT {

    @Test
    void aTestThatSentARequestTheContractLacksFailsWithTheStubsExplanation() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(UnmatchedRequestSample.class)).execute()
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(1).failed(1))
                .assertThatEvents().haveExactly(1, event(test("looksUpATicketTheContractDoesNotHave"),
                        finishedWithFailure(instanceOf(AssertionError.class),
                                message(m -> m.startsWith("the tickets stub got 1 request during this test that no "
                                        + "interaction of the contract matches:\n  no interaction matched GET "
                                        + "/api/v1/tickets/15; nearest ")
                                        && m.contains("UnmatchedRequests.ALLOW")))));
    }

    @Test
    void aStatusFaultChangesTheAnswerNotTheVerdict() {
        failsOnce(UnmatchedUnderFaultSample.class, "during this test",
                "no interaction matched GET /api/v1/tickets/15");
    }

    @Test
    void aRequestSentInBeforeAllFailsTheFirstTestSayingWhen() {
        failsOnce(UnmatchedBeforeAllSample.class, "before this test (in @BeforeAll",
                "no interaction matched GET /api/v1/tickets/15");
    }

    @Test
    void aRequestIsJudgedEvenBehindMoreMatchedOnesThanTheJournalKeeps() {
        failsOnce(UnmatchedBehindManySample.class, "during this test",
                "no interaction matched GET /api/v1/tickets/15");
    }

    @Test
    void aBodyThatIsNotJsonMatchesNothingAndFailsTheTest() {
        failsOnce(MalformedBodySample.class, "during this test",
                "POST /api/v1/tickets: the request body is not valid JSON");
    }

    @Test
    void aClassThatAllowsUnmatchedRequestsSeesThemAndPasses() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(AllowedUnmatchedSample.class)).execute()
                .testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    private static void failsOnce(Class<?> sample, String when, String explanation) {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute().testEvents()
                .assertStatistics(stats -> stats.failed(1))
                .assertThatEvents().haveExactly(1, event(finishedWithFailure(instanceOf(AssertionError.class),
                        message(m -> m.contains("request " + when) && m.contains(explanation)))));
    }
}
