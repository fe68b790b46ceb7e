package com.skylightchat.tickets.client;

import com.skylightchat.tickets.client.model.PageMeta;
import com.skylightchat.tickets.client.model.Ticket;
import com.skylightchat.tickets.client.model.TicketPage;
import java.util.List;

/**
 * One page of {@code listTickets}: the tickets with the envelope's {@code meta} flattened beside them.
 *
 * @param tickets     the tickets on this page, newest first (unmodifiable, never null)
 * @param currentPage this page's number, from 1
 * @param lastPage    the number of the last page
 * @param perPage     tickets per page
 * @param total       tickets across all pages
 */
public record TicketsPage(List<Ticket> tickets, int currentPage, int lastPage, int perPage, int total) {

    public TicketsPage {
        tickets = List.copyOf(tickets);
    }

    /** Whether a page after this one exists ({@code currentPage < lastPage}). */
    public boolean hasNextPage() {
        return currentPage < lastPage;
    }

    /**
     * Unwraps the generated envelope. A missing {@code meta} (the spec requires it) is read as "everything is on
     * this one page" rather than failing, so that the tickets themselves stay usable.
     */
    static TicketsPage from(TicketPage envelope) {
        List<Ticket> tickets = envelope.getData() == null ? List.of() : envelope.getData();
        PageMeta meta = envelope.getMeta();
        if (meta == null) {
            return new TicketsPage(tickets, 1, 1, tickets.size(), tickets.size());
        }
        return new TicketsPage(tickets, orElse(meta.getCurrentPage(), 1), orElse(meta.getLastPage(), 1),
            orElse(meta.getPerPage(), tickets.size()), orElse(meta.getTotal(), tickets.size()));
    }

    private static int orElse(Integer value, int fallback) {
        return value != null ? value : fallback;
    }
}
