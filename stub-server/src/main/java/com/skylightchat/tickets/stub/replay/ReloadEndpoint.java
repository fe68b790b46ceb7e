package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /__stub/reload}: loads the configured pacts again and swaps them in atomically. 200 with the new
 * counts; 422 with the problem when a source is broken (the previous set keeps serving).
 */
final class ReloadEndpoint implements AdminEndpoint {

    private final PactSet pacts;

    ReloadEndpoint(PactSet pacts) {
        this.pacts = pacts;
    }

    @Override public String method() { return "POST"; }
    @Override public String path() { return "reload"; }
    @Override public String description() { return "reload the pacts (a broken source keeps the old set)"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        PactSet.ReloadResult result = pacts.reload();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reloaded", result.reloaded());
        body.put("interactions", result.interactions());
        body.put("pacts", result.pacts());
        if (!result.reloaded()) {
            body.put("error", "reload failed, the previous pacts are still served: " + result.problem());
        }
        return new AdminResponse(result.reloaded() ? 200 : 422, body);
    }
}
