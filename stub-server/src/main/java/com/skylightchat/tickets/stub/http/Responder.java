package com.skylightchat.tickets.stub.http;

/**
 * Answers requests: the contract replay, the simulator, the admin endpoints. The HTTP layer first asks
 * {@link #quick} on its I/O thread, where nothing slow may happen; only when that has no answer does it call
 * {@link #respond} on a worker thread, where matching, explaining a miss or reading files may take longer.
 * Implementations are thread-safe.
 */
public interface Responder {

    /** The answer if it is known without real work (a remembered decision), else {@code null}. */
    default StubResponse quick(IncomingRequest request) {
        return null;
    }

    /** The answer; may do real work, within the budgets the implementation sets itself. */
    StubResponse respond(IncomingRequest request);
}
