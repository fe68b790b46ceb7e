package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /__stub/provider-states}: the known provider states and the one active for the caller's session. */
final class ProviderStatesEndpoint implements AdminEndpoint {

    private final PactSet pacts;
    private final ProviderStates states;
    private final ReplaySettings settings;

    ProviderStatesEndpoint(PactSet pacts, ProviderStates states, ReplaySettings settings) {
        this.pacts = pacts;
        this.states = states;
        this.settings = settings;
    }

    @Override public String method() { return "GET"; }
    @Override public String path() { return "provider-states"; }
    @Override public String description() { return "known provider states and the active one"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        ProviderStates.Active active = states.active(request.header(ProviderStates.SESSION_HEADER));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("known", pacts.current().knownStates());
        body.put("active", active == null ? null : Map.of("name", active.name(), "params", active.params()));
        body.put("default", settings.providerState());
        body.put("header", settings.providerStateHeader());
        body.put("sessionHeader", ProviderStates.SESSION_HEADER);
        return AdminResponse.ok(body);
    }
}
