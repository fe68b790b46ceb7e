package com.skylightchat.tickets.stub.faults;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;

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

    private record Listing(Faults faults) implements AdminEndpoint {
        @Override public String method() { return "GET"; }
        @Override public String path() { return "faults"; }
        @Override public String description() { return "the active faults"; }

        @Override
        public AdminResponse handle(AdminRequest request) {
            return AdminResponse.ok(Map.of("faults", faults.rules()));
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
            return new AdminResponse(201, rule);
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
