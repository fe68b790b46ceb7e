package com.skylightchat.tickets.stub.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The simulator's data: tickets by id and newest first, the id sequences, the reference codes in use, and the
 * {@link Capacity} they take. Changes take one lock, so counts, sequences and caps always agree; reads take none and
 * see whole {@link Ticket}s (immutable values). One store per stub: stubs never share data. Thread-safe.
 */
final class TicketStore {

    /** Laravel's {@code latest()}: newest {@code created_at} first, the higher id first within one microsecond. */
    private record Order(Instant createdAt, long id) {
        static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::createdAt)
                .thenComparingLong(Order::id).reversed();
    }

    private final Map<Long, Ticket> byId = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Order, Ticket> newestFirst = new ConcurrentSkipListMap<>(Order.NEWEST_FIRST);
    private final Set<String> codes = new HashSet<>();
    private final Capacity capacity;
    private final Clock clock;
    private final TicketCodes newCodes;
    private long nextTicketId = 1;
    private long nextReplyId = 1;

    TicketStore(SimulatorSettings settings, Clock clock, Random random) {
        this.capacity = new Capacity(settings);
        this.clock = clock;
        this.newCodes = new TicketCodes(random);
    }

    /** The ticket, or a 404 problem. */
    Ticket require(long id) {
        Ticket ticket = byId.get(id);
        if (ticket == null) {
            throw ApiProblem.notFound();
        }
        return ticket;
    }

    /** The ticket, if there is one. */
    Optional<Ticket> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every ticket, newest first. */
    List<Ticket> tickets() {
        return new ArrayList<>(newestFirst.values());
    }

    /** One page of the tickets with this status and priority ({@code null}: any), newest first. */
    TicketPage page(String status, String priority, int perPage, int page) {
        long from = (long) (page - 1) * perPage;
        List<Ticket> found = new ArrayList<>(Math.min(perPage, 100));
        int total = 0;
        for (Ticket ticket : newestFirst.values()) {
            if ((status == null || status.equals(ticket.status()))
                    && (priority == null || priority.equals(ticket.priority()))) {
                if (total >= from && found.size() < perPage) {
                    found.add(ticket);
                }
                total++;
            }
        }
        return new TicketPage(found, page, perPage, total);
    }

    synchronized Ticket create(String subject, String body, String priority, Department department) {
        Instant now = Timestamps.now(clock);
        return put(new TicketSeed(null, null, subject, priority, Ticket.OPEN, department,
                List.of(new TicketSeed.Message(body, Reply.CLIENT, now)), now));
    }

    /** Adds the ticket, or replaces the one with its id; 507 when it does not fit. */
    synchronized Ticket put(TicketSeed seed) {
        Ticket old = seed.id() == null ? null : byId.get(seed.id());
        if (seed.ticketId() != null && codes.contains(seed.ticketId())
                && (old == null || !old.ticketId().equals(seed.ticketId()))) {
            throw new IllegalArgumentException("ticket_id " + seed.ticketId() + " belongs to another ticket");
        }
        Ticket ticket = SeededTicket.of(seed, seed.id() == null ? nextTicketId : seed.id(),
                seed.ticketId() == null ? newCodes.unused(codes) : seed.ticketId(), nextReplyId,
                Timestamps.now(clock));
        capacity.take(old == null ? 1 : 0, ticket.replies().size() - (old == null ? 0 : old.replies().size()),
                ticket.textChars() - (old == null ? 0 : old.textChars()));
        if (old != null) {
            unindex(old); // its room is already counted in the difference taken above
        }
        nextTicketId = Math.max(nextTicketId, ticket.id() + 1);
        nextReplyId += ticket.replies().size();
        codes.add(ticket.ticketId());
        return keep(ticket);
    }

    /**
     * Adds a reply: a client's re-opens an answered ticket, an admin's (the support team, through the admin API)
     * makes it answered. A closed ticket takes none (422); a missing one is 404; 507 when it does not fit.
     */
    synchronized Ticket reply(long id, String text, String type) {
        Ticket ticket = require(id);
        if (ticket.isClosed()) {
            throw ApiProblem.invalid("ticket", "This ticket is closed and cannot receive replies.");
        }
        capacity.take(0, 1, text.length());
        Reply reply = new Reply(nextReplyId++, text, type, Timestamps.now(clock));
        String status = type.equals(Reply.ADMIN) ? Ticket.ANSWERED
                : ticket.status().equals(Ticket.ANSWERED) ? Ticket.OPEN : ticket.status();
        return keep(ticket.withReply(reply, status));
    }

    /** Closes the ticket; closing a closed ticket changes nothing. 404 when it does not exist. */
    synchronized Ticket close(long id) {
        Ticket ticket = require(id);
        Ticket closed = ticket.closed(Timestamps.now(clock));
        return closed == ticket ? ticket : keep(closed);
    }

    /** Removes the ticket if there is one. */
    synchronized void delete(long id) {
        Ticket ticket = byId.get(id);
        if (ticket != null) {
            forget(ticket);
        }
    }

    /** Forgets every ticket and starts the ids at 1 again, as a fresh simulator. */
    synchronized void clear() {
        byId.clear();
        newestFirst.clear();
        codes.clear();
        capacity.clear();
        nextTicketId = 1;
        nextReplyId = 1;
    }

    /** Tickets, messages and characters held, as the caps count them. */
    synchronized SimulatorMode.Usage usage() {
        return new SimulatorMode.Usage(capacity.tickets(), capacity.replies(), capacity.chars());
    }

    private Ticket keep(Ticket ticket) {
        byId.put(ticket.id(), ticket);
        newestFirst.put(new Order(ticket.createdAt(), ticket.id()), ticket);
        return ticket;
    }

    private void forget(Ticket ticket) {
        unindex(ticket);
        capacity.take(-1, -ticket.replies().size(), -ticket.textChars());
    }

    private void unindex(Ticket ticket) {
        byId.remove(ticket.id());
        newestFirst.remove(new Order(ticket.createdAt(), ticket.id()));
        codes.remove(ticket.ticketId());
    }
}
