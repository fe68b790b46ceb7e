package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.admin.AdminRequest;
import com.skylightchat.tickets.stub.admin.AdminResponse;

/**
 * {@code POST /__stub/simulator/tickets/{id}/agent-replies} with {@code {"reply": …}}: the support team answers
 * (a reply of type {@code admin}; the ticket becomes {@code answered}) — the side of the API the public operations
 * do not have. 200 with the ticket; 404, 422 (closed ticket, bad reply) or 507 as the API would answer them.
 */
final class AgentReplyEndpoint implements AdminEndpoint {

    private final TicketStore store;

    AgentReplyEndpoint(TicketStore store) {
        this.store = store;
    }

    @Override public String method() { return "POST"; }
    @Override public String path() { return "simulator/tickets/{id}/agent-replies"; }
    @Override public String description() { return "the support team answers: {reply} (status answered)"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        long id;
        try {
            id = Long.parseLong(request.segment(2));
        } catch (NumberFormatException e) {
            return AdminResponse.error(404, "a ticket id is a positive integer, was " + request.segment(2));
        }
        try {
            store.require(id);
            String reply = Inputs.reply(RequestBody.json(request.request()));
            return AdminResponse.ok(AdminViews.ticket(store.reply(id, reply, Reply.ADMIN)));
        } catch (ApiProblem problem) {
            return AdminViews.problem(problem);
        }
    }
}
