package com.skylightchat.tickets.client.readme;

import com.skylightchat.tickets.client.NewTicket;
import com.skylightchat.tickets.client.RetryPolicy;
import com.skylightchat.tickets.client.TicketQuery;
import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.client.TicketsPage;
import com.skylightchat.tickets.client.model.Department;
import com.skylightchat.tickets.client.model.Reply;
import com.skylightchat.tickets.client.model.Ticket;
import com.skylightchat.tickets.client.model.TicketPriority;
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.client.model.TicketWithReplies;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The README's usage example. The lines between the {@code tag::usage} markers appear in README.md verbatim
 * (minus their indentation); {@code ReadmeExampleIT} runs them against a real loopback provider.
 */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    /** Runs the example; {@code out} stands for {@code System.out} in the README. */
    public static void run(String baseUrl, String apiKey, PrintStream out) {
        // tag::usage[]
        TicketsClient client = TicketsClient.builder()
                .baseUrl(baseUrl)                       // default: https://dashboard.skylightchat.com/api/v1
                .apiKey(apiKey)                         // sent as X-Api-Key on every request
                .requestTimeout(Duration.ofSeconds(10))
                .retries(RetryPolicy.attempts(3))       // GETs only: 429 (Retry-After), 503, dropped connections
                .build();                               // share it: immutable and thread-safe

        List<Department> departments = client.listDepartments();
        Ticket created = client.createTicket(NewTicket.builder()
                .subject("WhatsApp channel not sending messages")
                .body("Since this morning our WhatsApp channel stopped delivering messages.")
                .priority(TicketPriority.HIGH)
                .departmentId(departments.get(1).getId())
                .build());
        out.println("created " + created.getTicketId() + " (" + created.getStatus() + ")");

        TicketsPage open = client.listTickets(TicketQuery.builder()
                .status(TicketStatus.OPEN).perPage(50).build());
        out.println(open.total() + " open ticket(s), page " + open.currentPage() + " of " + open.lastPage());
        client.allTickets(TicketQuery.builder().status(TicketStatus.OPEN).perPage(100).build())
                .forEach(t -> out.println("open: #" + t.getId() + " " + t.getSubject())); // every page, lazily

        TicketWithReplies ticket = client.replyToTicket(created.getId(), "Any news?");
        List<Reply> replies = ticket.getReplies();  // oldest first
        out.println(replies.size() + " replies, last by " + replies.get(replies.size() - 1).getType());

        try {
            client.getTicket(999_999L);
        } catch (TicketsClientException e) {
            if (e.isNotFound()) {
                out.println("no ticket 999999: " + e.errorMessage());
            } else if (e.isValidationError()) {
                out.println("rejected: " + e.fieldErrors());
            } else {
                throw e;                                // 401, 5xx, timeout (e.isTimeout()), ...
            }
        }
        out.println("closed: " + client.closeTicket(created.getId()).getStatus());
        // end::usage[]
    }
}
