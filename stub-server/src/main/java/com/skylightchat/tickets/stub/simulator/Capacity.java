package com.skylightchat.tickets.stub.simulator;

/**
 * What the simulator holds against its caps: tickets, messages and characters of text. A change that would pass a
 * cap is refused whole with a 507 that names the cap and the way out, so memory stays bounded by configuration
 * whatever the traffic. Not thread-safe: the {@link TicketStore} uses it under its lock.
 */
final class Capacity {

    /** 507 Insufficient Storage: the request is fine, the simulator has no room to keep what it asks for. */
    static final int STATUS = 507;

    private final SimulatorSettings limits;
    private long tickets;
    private long replies;
    private long chars;

    Capacity(SimulatorSettings limits) {
        this.limits = limits;
    }

    /** Takes room for a change (negative numbers give room back), or throws a 507 and takes nothing. */
    void take(long moreTickets, long moreReplies, long moreChars) {
        String cap = tickets + moreTickets > limits.maxTickets() ? limits.maxTickets() + " tickets (--max-tickets)"
                : replies + moreReplies > limits.maxReplies() ? limits.maxReplies() + " replies (--max-replies)"
                : chars + moreChars > limits.maxTextChars() ? limits.maxTextChars()
                        + " characters of text (--max-text)" : null;
        if (cap != null) {
            throw ApiProblem.of(STATUS, "The simulator is full: it holds at most " + cap + ". Reset it with "
                    + "DELETE /__stub/simulator, or start it with a higher limit.");
        }
        tickets += moreTickets;
        replies += moreReplies;
        chars += moreChars;
    }

    void clear() {
        tickets = 0;
        replies = 0;
        chars = 0;
    }

    long tickets() {
        return tickets;
    }

    long replies() {
        return replies;
    }

    long chars() {
        return chars;
    }
}
