package com.skylightchat.tickets.stub.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * One message in a ticket's conversation. Immutable.
 *
 * @param id        unique over all tickets, increasing
 * @param text      the message ({@code reply} on the wire)
 * @param type      who wrote it: {@link #CLIENT} (the API user) or {@link #ADMIN} (the support team)
 * @param createdAt when it was written (microseconds, UTC)
 */
public record Reply(long id, String text, String type, Instant createdAt) {

    public static final String CLIENT = "client";
    public static final String ADMIN = "admin";

    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!type.equals(CLIENT) && !type.equals(ADMIN)) {
            throw new IllegalArgumentException("a reply's type is client or admin, was " + type);
        }
    }
}
