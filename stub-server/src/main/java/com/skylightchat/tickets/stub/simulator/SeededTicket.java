package com.skylightchat.tickets.stub.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link TicketSeed} into a {@link Ticket}: the opening message and replies get consecutive reply ids, a
 * message without a time gets the ticket's creation time, {@code updated_at} is the latest message's time (or the
 * creation time) and {@code last_reply_at} the latest reply's after the opening message ({@code null} without one).
 */
final class SeededTicket {

    private SeededTicket() {
    }

    static Ticket of(TicketSeed seed, long id, String ticketId, long firstReplyId, Instant now) {
        Instant created = seed.createdAt() == null ? now : seed.createdAt();
        List<Reply> replies = new ArrayList<>();
        Instant latest = created;
        for (TicketSeed.Message message : seed.messages()) {
            Instant at = message.createdAt() == null ? created : message.createdAt();
            replies.add(new Reply(firstReplyId + replies.size(), message.text(), message.type(), at));
            latest = at.isAfter(latest) ? at : latest;
        }
        Instant lastReplyAt = replies.size() > 1 ? replies.get(replies.size() - 1).createdAt() : null;
        return new Ticket(id, ticketId, seed.subject(), seed.priority(), seed.status(), seed.department(), replies,
                created, latest, lastReplyAt);
    }
}
