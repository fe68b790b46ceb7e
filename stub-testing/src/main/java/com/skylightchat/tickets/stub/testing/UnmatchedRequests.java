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

    /**
     * Throws, naming each unmatched request and why it missed, when this is {@link #FAIL} and there are any.
     *
     * @param when     when they were sent, e.g. "during this test"
     * @param unmatched the unmatched requests kept
     * @param count    how many there were (more than kept when very many)
     */
    void check(String when, List<JournalEntry> unmatched, long count) {
        if (this == ALLOW || count == 0) {
            return;
        }
        throw new AssertionError("the tickets stub got " + count + " request" + (count == 1 ? "" : "s") + " "
                + when + " that no interaction of the contract matches:\n"
                + unmatched.stream().map(e -> "  " + (e.reason().contains(e.path()) ? e.reason()
                        : e.method() + " " + e.path() + ": " + e.reason())).collect(Collectors.joining("\n"))
                + (count > unmatched.size() ? "\n  … and " + (count - unmatched.size()) + " more" : "")
                + "\n(to allow such requests: @TicketsStubTest(unmatchedRequests = UnmatchedRequests.ALLOW), or "
                + "TicketsStubExtension.builder().allowUnmatchedRequests())");
    }
}
