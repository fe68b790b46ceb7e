package com.skylightchat.tickets.stub.faults;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET|POST|DELETE /__stub/faults}: list the active faults, add one (a JSON object with the keys of
 * {@link FaultSpecs}), clear them all.
 */
public final class FaultsEndpoints {

    private FaultsEndpoints() {
    }

    public static List<AdminEndpoint> of(Faults faults) {
        return List.of(new Listing(faults), new Adding(faults), new Clearing(faults));
    }

    /** A rule as its keys read ({@code "delay": "200ms"}), the form it is written in. */
    static Map<String, Object> view(FaultRule rule) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("interaction", rule.interaction());
        view.put("path", rule.path());
        view.put("delay", rule.delay().toMillis() + "ms");
        view.put("jitter", rule.jitter().toMillis() + "ms");
        view.put("drop", rule.drop());
        view.put("status", rule.status() == 0 ? null : rule.status());
        view.put("retryAfter", rule.retryAfterSeconds() < 0 ? null : rule.retryAfterSeconds());
        view.put("times", rule.times() == 0 ? null : rule.times());
        return view;
    }

    private record Listing(Faults faults) implements AdminEndpoint {
        @Override public String method() { return "GET"; }
        @Override public String path() { return "faults"; }
        @Override public String description() { return "the active faults"; }

        @Override
        public AdminResponse handle(AdminRequest request) {
            return AdminResponse.ok(Map.of("faults", faults.rules().stream().map(FaultsEndpoints::view).toList()));
        }
    }

    private record Adding(Faults faults) implements AdminEndpoint {
        @Override public String method() { return "POST"; }
        @Override public String path() { return "faults"; }
        @Override public String description() {
            return "add a fault: {interaction|path, delay, jitter, drop, status, retryAfter, times}";
        }

        @Override
        public AdminResponse handle(AdminRequest request) {
            FaultRule rule = FaultSpecs.of(request.jsonObject());
            faults.add(rule);
            return new AdminResponse(201, view(rule));
        }
    }

    private record Clearing(Faults faults) implements AdminEndpoint {
        @Override public String method() { return "DELETE"; }
        @Override public String path() { return "faults"; }
        @Override public String description() { return "clear every fault"; }

        @Override
        public AdminResponse handle(AdminRequest request) {
            faults.clear();
            return AdminResponse.noContent();
        }
    }
}
