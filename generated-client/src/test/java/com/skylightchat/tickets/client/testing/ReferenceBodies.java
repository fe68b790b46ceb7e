package com.skylightchat.tickets.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The provider reference's example bodies, copied verbatim into {@code src/test/resources/reference/}, plus the
 * envelopes the spec assumes around the bare Ticket object.
 */
public final class ReferenceBodies {
    private ReferenceBodies() {
    }

    /** "The Ticket object" (ticket 14, Billing, microsecond timestamps), bare as the reference shows it. */
    public static String ticketObject() {
        return load("ticket-object.json");
    }

    /** The get-ticket example: ticket 14 {@code ABX9Y2KL}, answered, with two replies. */
    public static String getTicket14() {
        return load("get-ticket-14.json");
    }

    /** The list-departments example: Billing, Technical Support, Sales. */
    public static String listDepartments() {
        return load("list-departments.json");
    }

    /** The reference's Ticket object as the only ticket of a one-page list (the spec's envelope and meta). */
    public static String listWithTicketObject() {
        return "{\"success\":true,\"data\":[" + ticketObject()
            + "],\"meta\":{\"current_page\":1,\"last_page\":1,\"per_page\":25,\"total\":1}}";
    }

    /**
     * A {@code listTickets} page whose tickets are the reference's Ticket object with the given ids, and whose
     * meta says {@code page} of {@code lastPage}, {@code perPage} per page, {@code total} in all.
     */
    public static String ticketsPage(int page, int lastPage, int perPage, int total, long... ids) {
        StringJoiner tickets = new StringJoiner(",");
        for (long id : ids) {
            tickets.add(ticketObject().replaceFirst("\"id\": 14,", "\"id\": " + id + ","));
        }
        return "{\"success\":true,\"data\":[" + tickets + "],\"meta\":{\"current_page\":" + page
            + ",\"last_page\":" + lastPage + ",\"per_page\":" + perPage + ",\"total\":" + total + "}}";
    }

    /** The spec's create-ticket answer: the new ticket 14 without replies ({@code last_reply_at: null}). */
    public static String createdTicket() {
        return load("created-ticket.json");
    }

    private static String load(String name) {
        try (InputStream in = ReferenceBodies.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource /reference/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
