package com.skylightchat.tickets.stub.simulator;

import java.time.Instant;
import java.util.List;

/**
 * The ticket of the provider's reference (ticket 14, {@code ABX9Y2KL}, "WhatsApp channel not sending messages",
 * high, Technical Support, a client message and the support team's answer): what the provider states seed, since
 * the recorded pacts expect its values where they pin them.
 */
final class ReferenceTicket {

    static final long ID = 14;
    static final String CODE = "ABX9Y2KL";
    static final String SUBJECT = "WhatsApp channel not sending messages";
    static final Instant CREATED = Instant.parse("2026-03-08T09:00:00Z");
    static final List<TicketSeed.Message> MESSAGES = List.of(
            new TicketSeed.Message("Since this morning our WhatsApp channel stopped delivering messages.",
                    Reply.CLIENT, CREATED),
            new TicketSeed.Message("We have identified the issue and are rolling out a fix. Expected resolution in "
                    + "30 minutes.", Reply.ADMIN, Instant.parse("2026-03-08T09:45:00Z")));

    private ReferenceTicket() {
    }

    /**
     * The reference ticket with this id (null: the next one), status and priority, in Technical Support (or the
     * first department when there is none of that name).
     */
    static TicketSeed with(Long id, String status, String priority, List<Department> departments) {
        Department department = departments.stream().filter(d -> d.title().equals("Technical Support"))
                .findFirst().orElse(departments.get(0));
        String code = id != null && id == ID ? CODE : null;
        return new TicketSeed(id, code, SUBJECT, priority, status, department, MESSAGES, CREATED);
    }
}
