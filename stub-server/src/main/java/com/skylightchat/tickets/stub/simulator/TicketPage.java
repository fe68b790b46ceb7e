package com.skylightchat.tickets.stub.simulator;

import java.util.List;

/**
 * One page of a ticket list, with what the spec's {@code meta} tells about the whole result. Immutable.
 *
 * @param tickets the tickets on this page, newest first
 * @param page    this page's number, from 1 (may lie past the last page: then {@code tickets} is empty)
 * @param perPage tickets per page
 * @param total   tickets across all pages
 */
record TicketPage(List<Ticket> tickets, int page, int perPage, int total) {

    /** The number of the last page; 1 for an empty result, as Laravel's paginator says. */
    int lastPage() {
        return Math.max(1, (total + perPage - 1) / perPage);
    }
}
