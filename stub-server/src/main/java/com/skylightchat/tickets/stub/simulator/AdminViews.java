package com.skylightchat.tickets.stub.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.stub.admin.AdminResponse;
import com.skylightchat.tickets.stub.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What the simulator's admin endpoints answer: tickets in exactly the API's {@code TicketWithReplies} shape (so what
 * a test seeds or lists reads like what the API returns), and the API's problems as admin errors.
 */
final class AdminViews {

    private AdminViews() {
    }

    /** The ticket with its replies, as {@code GET /tickets/{id}} shows it in {@code data}. */
    static JsonNode ticket(Ticket ticket) {
        try {
            return Json.mapper().readTree(TicketJson.ticketWithReplies(ticket)).get("data");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: reading JSON just written", e);
        }
    }

    /** {@code {"error": message, "errors": {…}}} with the problem's status (404, 422, 507). */
    static AdminResponse problem(ApiProblem problem) {
        return problem.errors() == null ? AdminResponse.error(problem.status(), problem.getMessage())
                : AdminResponse.error(problem.status(), problem.getMessage(), "errors", problem.errors());
    }
}
