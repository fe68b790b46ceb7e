package com.skylightchat.tickets.stub.simulator;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The JSON of recently read tickets, so a ticket read again unchanged — a widget polling it — costs a map read, as
 * a replayed answer does. A change makes a new {@link Ticket}, and an entry only answers for the very ticket object
 * it was made from, so it is never stale. Bounded: {@value #SLOTS} entries (by ticket id) of at most
 * {@value #MAX_BYTES} bytes each; larger answers are written every time. Thread-safe, lock-free.
 */
final class RenderedTickets {

    static final int SLOTS = 1024;
    static final int MAX_BYTES = 4096;

    private record Entry(Ticket ticket, byte[] json) {
    }

    private final AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);

    /** {@link TicketJson#ticketWithReplies} of the ticket; the returned array must not be written to. */
    byte[] withReplies(Ticket ticket) {
        int slot = (int) (ticket.id() & (SLOTS - 1));
        Entry entry = slots.get(slot);
        if (entry != null && entry.ticket() == ticket) {
            return entry.json();
        }
        byte[] json = TicketJson.ticketWithReplies(ticket);
        if (json.length <= MAX_BYTES) {
            slots.set(slot, new Entry(ticket, json));
        }
        return json;
    }
}
