package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.server.StubContext;

/**
 * One admin endpoint. Implementations are small, stateless and thread-safe; they run on a worker thread.
 */
public interface AdminEndpoint {

    /** Method and path (below the admin prefix) this endpoint answers, e.g. {@code GET health}. */
    String method();

    String path();

    /** A one-line description shown in the admin index. */
    String description();

    AdminResponse handle(AdminRequest request, StubContext context);
}
