package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;

/**
 * {@code DELETE /__stub/provider-states}: clears the state of the caller's session ({@value
 * ProviderStates#SESSION_HEADER}), or without one the shared state; the configured default applies again.
 */
final class ProviderStateClearEndpoint implements AdminEndpoint {

    private final ProviderStates states;

    ProviderStateClearEndpoint(ProviderStates states) {
        this.states = states;
    }

    @Override public String method() { return "DELETE"; }
    @Override public String path() { return "provider-states"; }
    @Override public String description() { return "clear the active provider state"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        states.teardown(null, request.header(ProviderStates.SESSION_HEADER));
        return AdminResponse.noContent();
    }
}
