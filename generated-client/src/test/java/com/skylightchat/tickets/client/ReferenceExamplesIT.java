package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.model.Department;
import com.skylightchat.tickets.client.model.Reply;
import com.skylightchat.tickets.client.model.ReplyType;
import com.skylightchat.tickets.client.model.Ticket;
import com.skylightchat.tickets.client.model.TicketPriority;
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.client.model.TicketWithReplies;
import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.client.testing.RecordingProvider;
import com.skylightchat.tickets.client.testing.ReferenceBodies;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The provider reference's own example bodies, served verbatim, read into the generated models. */
class ReferenceExamplesIT {
    @RegisterExtension
    final RecordingProvider provider = new RecordingProvider();

    @Test
    void readsTicket14WithItsTwoRepliesFromTheGetTicketExample() {
        // given
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.getTicket14()));
        // when
        TicketWithReplies ticket = provider.client().getTicket(14L);
        // then
        assertThat(ticket.getId()).isEqualTo(14L);
        assertThat(ticket.getTicketId()).isEqualTo("ABX9Y2KL");
        assertThat(ticket.getSubject()).isEqualTo("WhatsApp channel not sending messages");
        assertThat(ticket.getPriority()).isEqualTo(TicketPriority.HIGH);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ANSWERED);
        assertThat(ticket.getDepartment().getId()).isEqualTo(2L);
        assertThat(ticket.getDepartment().getTitle()).isEqualTo("Technical Support");
        // The example omits the timestamps: absent, not null (openApiNullable keeps the difference).
        assertThat(ticket.getLastReplyAt()).isNull();
        assertThat(ticket.getLastReplyAt_JsonNullable().isPresent()).isFalse();
        assertThat(ticket.getCreatedAt()).isNull();

        List<Reply> replies = ticket.getReplies();
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).getId()).isEqualTo(1L);
        assertThat(replies.get(0).getType()).isEqualTo(ReplyType.CLIENT);
        assertThat(replies.get(0).getReply())
            .isEqualTo("Since this morning our WhatsApp channel stopped delivering messages.");
        assertThat(replies.get(0).getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-08T09:00:00Z"));
        assertThat(replies.get(1).getId()).isEqualTo(2L);
        assertThat(replies.get(1).getType()).isEqualTo(ReplyType.ADMIN);
        assertThat(replies.get(1).getReply()).isEqualTo(
            "We have identified the issue and are rolling out a fix. Expected resolution in 30 minutes.");
        assertThat(replies.get(1).getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-08T09:45:00Z"));
    }

    @Test
    void readsTheTicketObjectExampleInsideAListPage() {
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.listWithTicketObject()));

        TicketsPage page = provider.client().listTickets();

        assertThat(page.currentPage()).isEqualTo(1);
        assertThat(page.lastPage()).isEqualTo(1);
        assertThat(page.perPage()).isEqualTo(25);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.hasNextPage()).isFalse();
        Ticket ticket = page.tickets().get(0);
        assertThat(ticket.getTicketId()).isEqualTo("ABX9Y2KL");
        assertThat(ticket.getSubject()).isEqualTo("Billing question about my subscription");
        assertThat(ticket.getPriority()).isEqualTo(TicketPriority.MEDIUM);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.getDepartment().getTitle()).isEqualTo("Billing");
        assertThat(ticket.getLastReplyAt()).isEqualTo(OffsetDateTime.parse("2026-03-07T10:30:00Z"));
        assertThat(ticket.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-06T09:00:00Z"));
        assertThat(ticket.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-07T10:30:00Z"));
    }

    @Test
    void keepsEveryMicrosecondOfATimestamp() {
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.listWithTicketObject()
            .replace("\"2026-03-07T10:30:00.000000Z\",\n  \"created_at\"", "\"2026-03-07T10:30:00.123456Z\",\n  \"created_at\"")));

        Ticket ticket = provider.client().listTickets().tickets().get(0);

        assertThat(ticket.getLastReplyAt()).isEqualTo(OffsetDateTime.parse("2026-03-07T10:30:00.123456Z"));
        assertThat(ticket.getLastReplyAt().getNano()).isEqualTo(123_456_000);
    }

    @Test
    void readsNullDepartmentAndNullLastReplyAsNull() {
        provider.server().willAnswer(CannedResponse.json(201, ReferenceBodies.createdTicket()));

        Ticket created = provider.client().createTicket(NewTicket.builder().subject("s").body("b").build());

        assertThat(created.getId()).isEqualTo(14L);
        assertThat(created.getDepartment()).isNull();
        assertThat(created.getLastReplyAt()).isNull();
        assertThat(created.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-08T09:00:00Z"));
    }

    @Test
    void readsTheDepartmentsExample() {
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.listDepartments()));

        List<Department> departments = provider.client().listDepartments();

        assertThat(departments).extracting(Department::getId).containsExactly(1L, 2L, 3L);
        assertThat(departments).extracting(Department::getTitle)
            .containsExactly("Billing", "Technical Support", "Sales");
    }
}
