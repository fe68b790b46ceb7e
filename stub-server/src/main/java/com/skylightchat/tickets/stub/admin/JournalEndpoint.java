package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.http.Secrets;
import com.skylightchat.tickets.stub.journal.Journal;
import com.skylightchat.tickets.stub.journal.JournalEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /__stub/journal}: the recent requests, the ones no interaction matched first (they are what a test
 * wants to see), each group newest first, secret headers masked. {@code ?limit=N} returns at most N entries.
 */
public final class JournalEndpoint implements AdminEndpoint {

    private final Journal journal;

    public JournalEndpoint(Journal journal) {
        this.journal = journal;
    }

    @Override public String method() { return "GET"; }
    @Override public String path() { return "journal"; }
    @Override public String description() { return "recent requests, unmatched first, newest first (?limit=N)"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        int limit;
        try {
            limit = Integer.parseInt(request.param("limit", "2147483647"));
        } catch (NumberFormatException e) {
            return AdminResponse.error(400, "limit must be a number");
        }
        if (limit < 0) {
            return AdminResponse.error(400, "limit must not be negative");
        }
        List<JournalEntry> entries = new ArrayList<>(journal.entries());
        Collections.reverse(entries);
        entries.sort(Comparator.comparing(e -> !e.unmatched())); // stable: newest first within each group
        List<Map<String, Object>> list = new ArrayList<>();
        for (JournalEntry entry : entries.subList(0, Math.min(limit, entries.size()))) {
            list.add(view(entry));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("capacity", journal.capacity());
        body.put("maxBodyBytes", journal.maxBodyBytes());
        body.put("total", journal.total());
        body.put("unmatched", entries.stream().filter(JournalEntry::unmatched).count());
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
        view.put("bodyBytes", e.bodyBytes());
        view.put("bodyTruncated", e.bodyTruncated());
        view.put("status", e.status());
        view.put("unmatched", e.unmatched());
        view.put("matchedInteraction", e.matchedInteraction());
        view.put("providerState", e.providerState());
        view.put("reason", e.reason());
        view.put("micros", e.micros());
        return view;
    }
}
