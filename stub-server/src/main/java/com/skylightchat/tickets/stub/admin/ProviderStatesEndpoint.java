package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.matching.ProviderStates;
import com.skylightchat.tickets.stub.server.StubContext;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /__stub/provider-states}: the known provider states and the active one. */
final class ProviderStatesEndpoint implements AdminEndpoint {

    @Override public String method() { return "GET"; }
    @Override public String path() { return "provider-states"; }
    @Override public String description() { return "known provider states and the active one"; }

    @Override
    public AdminResponse handle(AdminRequest request, StubContext context) {
        ProviderStates.Active active = context.states().active();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("known", context.served().knownStates());
        body.put("active", active == null ? null : Map.of("name", active.name(), "params", active.params()));
        body.put("default", context.config().providerState());
        body.put("header", context.config().providerStateHeader());
        return AdminResponse.ok(body);
    }
}
