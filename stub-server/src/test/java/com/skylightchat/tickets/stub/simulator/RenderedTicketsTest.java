package com.skylightchat.tickets.stub.simulator;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedTicketsTest {

    private static final Instant AT = Instant.parse("2026-03-08T09:00:00Z");
    private final RenderedTickets rendered = new RenderedTickets();

    @Test
    void answersAnUnchangedTicketWithTheSameJsonAndAChangedOneWithItsNewJson() {
        // given
        Ticket open = new Ticket(14, "ABX9Y2KL", "s", "high", Ticket.OPEN, null,
                List.of(new Reply(1, "b", Reply.CLIENT, AT)), AT, AT, null);
        Ticket answered = open.withReply(new Reply(2, "fixed", Reply.ADMIN, AT.plusSeconds(60)), Ticket.ANSWERED);

        // when
        byte[] first = rendered.withReplies(open);
        byte[] again = rendered.withReplies(open);
        byte[] changed = rendered.withReplies(answered);

        // then
        assertThat(again).isSameAs(first);
        assertThat(new String(changed, StandardCharsets.UTF_8)).contains("\"status\":\"answered\"")
                .isEqualTo(new String(TicketJson.ticketWithReplies(answered), StandardCharsets.UTF_8));
    }

    @Test
    void keepsNoAnswerLargerThanItsBound() {
        Ticket large = new Ticket(1, "ABX9Y2KL", "s", "high", Ticket.OPEN, null,
                List.of(new Reply(1, "x".repeat(RenderedTickets.MAX_BYTES), Reply.CLIENT, AT)), AT, AT, null);

        assertThat(rendered.withReplies(large)).isNotSameAs(rendered.withReplies(large));
    }
}
