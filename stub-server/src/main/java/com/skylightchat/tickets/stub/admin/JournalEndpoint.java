package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.JournalEntry;
import com.skylightchat.tickets.stub.matching.Secrets;
import com.skylightchat.tickets.stub.server.StubContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /__stub/journal}: the recent requests kept by the ring buffer, newest first, secret headers masked.
 * {@code ?limit=N} returns at most N entries.
 */
final class JournalEndpoint implements AdminEndpoint {

    @Override public String method() { return "GET"; }
    @Override public String path() { return "journal"; }
    @Override public String description() { return "recent requests, newest first (?limit=N)"; }

    @Override
    public AdminResponse handle(AdminRequest request, StubContext context) {
        int limit;
        try {
            limit = Integer.parseInt(request.param("limit", "2147483647"));
        } catch (NumberFormatException e) {
            return new AdminResponse(400, Map.of("error", "limit must be a number"));
        }
        List<JournalEntry> entries = context.journal().entries();
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && list.size() < limit; i--) {
            list.add(view(entries.get(i)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("capacity", context.journal().capacity());
        body.put("total", context.journal().total());
        body.put("entries", list);
        return AdminResponse.ok(body);
    }

    private static Map<String, Object> view(JournalEntry e) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("time", e.time().toString());
        view.put("method", e.method());
        view.put("path", e.path());
        view.put("query", e.query());
        view.put("headers", Secrets.masked(e.headers()));
        view.put("body", e.body());
        view.put("status", e.status());
        view.put("matchedInteraction", e.matchedInteraction());
        view.put("providerState", e.providerState());
        view.put("micros", e.micros());
        return view;
    }
}
