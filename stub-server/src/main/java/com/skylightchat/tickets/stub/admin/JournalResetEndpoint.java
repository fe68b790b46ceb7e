package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.server.StubContext;

/** {@code DELETE /__stub/journal}: forgets the recorded requests; 204. */
final class JournalResetEndpoint implements AdminEndpoint {

    @Override public String method() { return "DELETE"; }
    @Override public String path() { return "journal"; }
    @Override public String description() { return "clear the journal"; }

    @Override
    public AdminResponse handle(AdminRequest request, StubContext context) {
        context.journal().reset();
        return new AdminResponse(204, null);
    }
}
