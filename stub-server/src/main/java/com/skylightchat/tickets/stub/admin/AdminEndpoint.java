package com.skylightchat.tickets.stub.admin;

/**
 * One admin endpoint under {@code /__stub/}. The endpoints of a mode live with the mode (replay's state-change and
 * reload endpoints, the simulator's data endpoints) and get what they act on through their constructors. Small,
 * thread-safe; they run on a worker thread.
 */
public interface AdminEndpoint {

    /** The method this endpoint answers, e.g. {@code GET}. */
    String method();

    /** The path below {@code /__stub/}, e.g. {@code health}; empty for the index. */
    String path();

    /** A one-line description shown in the admin index. */
    String description();

    AdminResponse handle(AdminRequest request);
}
