package com.skylightchat.tickets.stub.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A ticket to put into the simulator as it is, for tests that need data the API cannot make (an answered ticket, a
 * ticket from last year): through {@code POST /__stub/simulator/tickets}, the provider-state handler or
 * {@link SimulatorMode#seed}. {@code null} fields take the store's choice: the next id, a new reference code, now.
 * A ticket with the same id is replaced. Immutable.
 *
 * @param messages   the conversation, oldest first; the first one is the opening message
 * @param department {@code null} for a ticket without a department
 */
public record TicketSeed(Long id, String ticketId, String subject, String priority, String status,
                         Department department, List<Message> messages, Instant createdAt) {

    /** One message of a seeded conversation; {@code createdAt} {@code null} means the ticket's creation time. */
    public record Message(String text, String type, Instant createdAt) {
        public Message {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(type, "type");
        }
    }

    public TicketSeed {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        messages = List.copyOf(messages);
        if (id != null && id < 1) {
            throw new IllegalArgumentException("a ticket id is at least 1, was " + id);
        }
    }
}
