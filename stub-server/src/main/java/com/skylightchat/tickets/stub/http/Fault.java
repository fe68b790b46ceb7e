package com.skylightchat.tickets.stub.http;

import java.time.Duration;

/**
 * Misbehaviour on purpose, so a client's timeouts and retries can be tested: answer after {@code delay}, or drop the
 * connection instead of answering. The HTTP layer carries it out without blocking a thread.
 *
 * @param delay how long to hold the answer back (zero for none)
 * @param drop  whether to close the connection instead of answering (after the delay)
 */
public record Fault(Duration delay, boolean drop) {

    public static final Fault NONE = new Fault(Duration.ZERO, false);

    public boolean isNone() {
        return delay.isZero() && !drop;
    }
}
