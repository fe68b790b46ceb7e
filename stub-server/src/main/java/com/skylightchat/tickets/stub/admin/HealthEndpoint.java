package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.journal.Journal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /__stub/health}: 200 with {@code status: "UP"}, what the mode serves (interaction and pact counts for
 * replay, the data for the simulator) and the request count. Container wait strategies poll it; it never reads
 * files, shows no request data, and needs no admin token.
 */
public final class HealthEndpoint implements AdminEndpoint {

    private final Supplier<Map<String, Object>> served;
    private final Journal journal;
    private final Instant startedAt = Instant.now();

    /** @param served what the mode reports about itself, e.g. {@code interactions: 20} */
    public HealthEndpoint(Supplier<Map<String, Object>> served, Journal journal) {
        this.served = served;
        this.journal = journal;
    }

    @Override public String method() { return "GET"; }
    @Override public String path() { return "health"; }
    @Override public String description() { return "status UP with what is served and the request count"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.putAll(served.get());
        body.put("uptimeSeconds", Duration.between(startedAt, Instant.now()).toSeconds());
        body.put("requests", journal.total());
        return AdminResponse.ok(body);
    }
}
