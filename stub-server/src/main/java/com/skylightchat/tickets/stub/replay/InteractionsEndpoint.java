package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /__stub/interactions}: every loaded interaction in load order, with its source and states. */
final class InteractionsEndpoint implements AdminEndpoint {

    private final PactSet pacts;

    InteractionsEndpoint(PactSet pacts) {
        this.pacts = pacts;
    }

    @Override public String method() { return "GET"; }
    @Override public String path() { return "interactions"; }
    @Override public String description() { return "the loaded interactions in load order"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        LoadedPacts loaded = pacts.current().pacts();
        List<Map<String, Object>> list = new ArrayList<>();
        for (StubInteraction i : loaded.interactions()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("order", i.order());
            entry.put("description", i.description());
            entry.put("source", i.source());
            entry.put("providerStates", i.providerStates().stream().map(s -> {
                Map<String, Object> state = new LinkedHashMap<>();
                state.put("name", s.getName());
                state.put("params", s.getParams());
                return state;
            }).toList());
            entry.put("method", i.request().getMethod());
            entry.put("path", i.request().getPath());
            entry.put("status", i.response().getStatus());
            list.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sources", loaded.sources());
        body.put("skipped", loaded.skipped());
        body.put("interactions", list);
        return AdminResponse.ok(body);
    }
}
