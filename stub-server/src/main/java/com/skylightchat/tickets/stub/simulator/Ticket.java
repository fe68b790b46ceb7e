package com.skylightchat.tickets.stub.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A ticket and its replies, oldest first. Immutable: a change makes a new ticket, so a reader always sees a whole
 * ticket, never one half-way through a reply. {@code lastReplyAt} is {@code null} until the first reply after the
 * opening message (a created ticket answers {@code last_reply_at: null}, as the spec's create example shows).
 *
 * @param department {@code null} for a ticket without one
 */
public record Ticket(long id, String ticketId, String subject, String priority, String status, Department department,
                     List<Reply> replies, Instant createdAt, Instant updatedAt, Instant lastReplyAt) {

    public static final Set<String> PRIORITIES = Set.of("low", "medium", "high");
    public static final Set<String> STATUSES = Set.of("open", "answered", "closed");
    public static final String OPEN = "open";
    public static final String ANSWERED = "answered";
    public static final String CLOSED = "closed";

    public Ticket {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!PRIORITIES.contains(priority) || !STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown priority or status: " + priority + ", " + status);
        }
        replies = List.copyOf(replies);
    }

    public boolean isClosed() {
        return status.equals(CLOSED);
    }

    /** This ticket with {@code reply} added last and the status it leads to. */
    Ticket withReply(Reply reply, String newStatus) {
        List<Reply> more = new ArrayList<>(replies.size() + 1);
        more.addAll(replies);
        more.add(reply);
        return new Ticket(id, ticketId, subject, priority, newStatus, department, more, createdAt,
                reply.createdAt(), reply.createdAt());
    }

    /** This ticket closed at {@code now}; an already closed ticket stays as it is (closing is idempotent). */
    Ticket closed(Instant now) {
        return isClosed() ? this : new Ticket(id, ticketId, subject, priority, CLOSED, department, replies, createdAt,
                now, lastReplyAt);
    }

    /** Characters of text this ticket holds (subject and messages), as the text cap counts them. */
    long textChars() {
        long chars = subject.length();
        for (Reply reply : replies) {
            chars += reply.text().length();
        }
        return chars;
    }
}
