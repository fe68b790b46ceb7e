package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;
import com.skylightchat.tickets.stub.http.Json;

import java.io.IOException;

/**
 * {@code POST /__stub/simulator/tickets}: puts a ticket in as given ({@link SeedInput}), replacing one with the
 * same id; 201 with the ticket as the API shows it, 400 naming a bad field, 507 when a cap is reached.
 */
final class SeedTicketEndpoint implements AdminEndpoint {

    private final SimulatorMode simulator;

    SeedTicketEndpoint(SimulatorMode simulator) {
        this.simulator = simulator;
    }

    @Override public String method() { return "POST"; }
    @Override public String path() { return "simulator/tickets"; }
    @Override public String description() { return "seed a ticket: {subject, status, priority, replies, …}"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        TicketSeed seed;
        try {
            seed = SeedInput.of(Json.mapper().readTree(request.request().body()),
                    simulator.settings().departments());
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
        try {
            return new AdminResponse(201, AdminViews.ticket(simulator.store().put(seed)));
        } catch (ApiProblem problem) {
            return AdminViews.problem(problem);
        }
    }
}
