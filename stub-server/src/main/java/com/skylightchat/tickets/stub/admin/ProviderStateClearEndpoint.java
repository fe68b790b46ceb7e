package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.server.StubContext;

/** {@code DELETE /__stub/provider-states}: clears the active state (the default from the config applies again). */
final class ProviderStateClearEndpoint implements AdminEndpoint {

    @Override public String method() { return "DELETE"; }
    @Override public String path() { return "provider-states"; }
    @Override public String description() { return "clear the active provider state"; }

    @Override
    public AdminResponse handle(AdminRequest request, StubContext context) {
        context.states().teardown(null);
        return new AdminResponse(204, null);
    }
}
