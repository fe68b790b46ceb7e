package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.http.IncomingRequest;

import java.util.List;

/**
 * The six operations on the {@link TicketStore}, as the reference and the spec's assumptions describe them: list
 * (filters, pages, newest first), create (201; the body becomes the first reply), get (with replies), reply (a
 * reply to an answered ticket re-opens it; a closed ticket is 422), close (idempotent), departments. A missing ticket
 * is 404 before its body is even read, as the provider binds the ticket before it validates. Each answers a status
 * and the body bytes, or throws the {@link ApiProblem} to answer. Thread-safe.
 */
final class TicketOperations {

    /** A successful answer. */
    record Answer(int status, byte[] body) {
    }

    private final TicketStore store;
    private final List<Department> departments;
    private final byte[] departmentList;
    private final RenderedTickets rendered = new RenderedTickets();

    TicketOperations(TicketStore store, List<Department> departments) {
        this.store = store;
        this.departments = departments;
        this.departmentList = TicketJson.departments(departments);
    }

    /** Replies a ticket may have for its GET to be answered on the I/O thread: a few kilobytes of JSON at most. */
    static final int CHEAP_REPLIES = 64;

    /** Whether the answer is a map read and a small body, cheap enough for the I/O thread. */
    boolean isCheap(ApiRoute route) {
        return switch (route.operation()) {
            case LIST_DEPARTMENTS -> true;
            case GET_TICKET -> store.find(route.id()).map(t -> t.replies().size() <= CHEAP_REPLIES).orElse(true);
            default -> false;
        };
    }

    Answer run(ApiRoute route, IncomingRequest request) {
        return switch (route.operation()) {
            case LIST_TICKETS -> {
                Inputs.ListQuery query = Inputs.listQuery(request.query());
                yield new Answer(200, TicketJson.page(store.page(query.status(), query.priority(), query.perPage(),
                        query.page())));
            }
            case CREATE_TICKET -> {
                Inputs.NewTicket ticket = Inputs.newTicket(RequestBody.json(request), departments);
                yield new Answer(201, TicketJson.ticket(store.create(ticket.subject(), ticket.body(),
                        ticket.priority(), ticket.department())));
            }
            case LIST_DEPARTMENTS -> new Answer(200, departmentList);
            case GET_TICKET -> new Answer(200, rendered.withReplies(store.require(route.id())));
            case REPLY_TO_TICKET -> {
                store.require(route.id());
                String reply = Inputs.reply(RequestBody.json(request));
                yield new Answer(200, TicketJson.ticketWithReplies(store.reply(route.id(), reply, Reply.CLIENT)));
            }
            case CLOSE_TICKET -> new Answer(200, TicketJson.ticket(store.close(route.id())));
        };
    }
}
