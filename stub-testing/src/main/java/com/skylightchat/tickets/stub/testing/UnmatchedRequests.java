package com.skylightchat.tickets.stub.testing;

import com.skylightchat.tickets.stub.journal.JournalEntry;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a test's requests that no interaction matched mean. By default they fail the test after it ran, with the
 * stub's explanation: a request the contract does not have is a bug in the test or the code under test, even when
 * the code handled the stub's 404 gracefully and the test passed. {@link #ALLOW} is for tests about such requests.
 */
public enum UnmatchedRequests {
    /** Fail the test when the stub saw a request it could not match (the default). */
    FAIL,
    /** Let the test decide; the requests are in {@link TicketsStubInfo#unmatchedRequests()}. */
    ALLOW;

    /** Throws, naming each unmatched request and why it missed, when this is {@link #FAIL} and there are any. */
    void check(List<JournalEntry> unmatched) {
        if (this == ALLOW || unmatched.isEmpty()) {
            return;
        }
        throw new AssertionError("the tickets stub got " + unmatched.size() + " request"
                + (unmatched.size() == 1 ? "" : "s") + " that no interaction of the contract matches:\n"
                + unmatched.stream().map(e -> "  " + e.reason()).collect(Collectors.joining("\n"))
                + "\n(the stub's journal, GET " + "/__stub/journal, has them all; to allow such requests in a test "
                + "class, use @TicketsStubTest(unmatchedRequests = UnmatchedRequests.ALLOW))");
    }
}
