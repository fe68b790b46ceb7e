package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.server.ServedPacts;
import com.skylightchat.tickets.stub.server.StubContext;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /__stub/health}: 200 with {@code status: "UP"} and the interaction and pact counts. Container wait
 * strategies poll it; it never reads files.
 */
final class HealthEndpoint implements AdminEndpoint {

    @Override public String method() { return "GET"; }
    @Override public String path() { return "health"; }
    @Override public String description() { return "status UP with interaction and pact counts"; }

    @Override
    public AdminResponse handle(AdminRequest request, StubContext context) {
        ServedPacts served = context.served();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("interactions", served.pacts().interactions().size());
        body.put("pacts", served.pacts().sources().size());
        body.put("providerStates", served.knownStates().size());
        body.put("loadedAt", served.loadedAt().toString());
        body.put("uptimeSeconds", Duration.between(context.startedAt(), Instant.now()).toSeconds());
        body.put("requests", context.journal().total());
        return AdminResponse.ok(body);
    }
}
