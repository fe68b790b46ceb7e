package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skylightchat.tickets.testsupport.Answer;
import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.client.testing.RecordingProvider;
import com.skylightchat.tickets.client.testing.ReferenceBodies;
import com.skylightchat.tickets.client.testing.TestClients;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retries against a real server on a loopback port that answers 429, 503, or drops the connection: the number of
 * requests it receives and the pauses between them, measured on its side.
 */
class RetriesIT {
    /** How much later than asked a retry may arrive on a busy 2-core machine. */
    private static final Duration SLACK = Duration.ofMillis(750);
    private static final CannedResponse TOO_MANY = CannedResponse.json(429,
        "{\"success\":false,\"message\":\"Too Many Attempts.\"}").withHeader("Retry-After", "1");
    private static final CannedResponse UNAVAILABLE = CannedResponse.json(503,
        "{\"success\":false,\"message\":\"Service Unavailable\"}");

    @RegisterExtension
    final RecordingProvider provider = new RecordingProvider();

    /** Up to 4 attempts, backoff 200 ms doubling up to 1 s, Retry-After honoured up to 30 s. */
    private TicketsClient retrying() {
        return TestClients.builderFor(provider.server())
            .retries(RetryPolicy.attempts(4).withBackoff(Duration.ofMillis(200), Duration.ofSeconds(1)))
            .build();
    }

    @Test
    void aReadWaitsForRetryAfterThenBacksOffUntilItSucceeds() {
        // given: 429 with Retry-After: 1, then 503, then the ticket
        provider.server().willAnswerInTurn(TOO_MANY, UNAVAILABLE,
            CannedResponse.json(200, ReferenceBodies.getTicket14()));
        // when
        String ticketId = retrying().getTicket(14L).getTicketId();
        // then: three requests; 1 s as asked, then the second backoff step (400 ms) with equal jitter: 200-400 ms
        assertThat(ticketId).isEqualTo("ABX9Y2KL");
        assertThat(provider.server().requests()).hasSize(3);
        assertThat(provider.server().pausesBetweenRequests().get(0))
            .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(1).plus(SLACK));
        assertThat(provider.server().pausesBetweenRequests().get(1))
            .isBetween(Duration.ofMillis(200), Duration.ofMillis(400).plus(SLACK));
    }

    @Test
    void aReadIsRetriedAfterTheConnectionIsClosedWithoutAnAnswer() {
        // given: two dropped connections (the JDK's HttpClient itself re-sends a GET once), then the departments
        provider.server().willAnswerInTurn(Answer.droppedConnection(), Answer.droppedConnection(),
            CannedResponse.json(200, ReferenceBodies.listDepartments()));
        // when
        int departments = retrying().listDepartments().size();
        // then: the facade's second attempt came after the first backoff step (200 ms) with equal jitter
        assertThat(departments).isEqualTo(3);
        assertThat(provider.server().requests()).hasSize(3);
        assertThat(provider.server().pausesBetweenRequests().get(1))
            .isBetween(Duration.ofMillis(100), Duration.ofMillis(200).plus(SLACK));
    }

    @Test
    void givesUpAfterTheLastAttemptAndSaysWhyEachFailed() {
        provider.server().willAnswerInTurn(UNAVAILABLE);
        TicketsClient client = TestClients.builderFor(provider.server())
            .retries(RetryPolicy.attempts(3).withBackoff(Duration.ofMillis(10), Duration.ofMillis(20))).build();

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
            () -> client.listTickets(TicketQuery.all()));

        assertThat(provider.server().requests()).hasSize(3);
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.getMessage()).matches("listTickets \\(GET /tickets\\) failed with HTTP 503: Service Unavailable"
            + " \\[attempts: 1\\) HTTP 503, waited \\d+ ms; 2\\) HTTP 503, waited \\d+ ms; 3\\) HTTP 503,"
            + " no attempts left]");
    }

    @Test
    void createAndReplyAreSentOnceWhateverHappens() {
        // given: every answer is retryable for a GET
        provider.server().willAnswer("POST", "/tickets", UNAVAILABLE);
        provider.server().willAnswer("POST", "/tickets/14/reply", Answer.droppedConnection());
        provider.server().willAnswer("POST", "/tickets/14/close", TOO_MANY);
        TicketsClient retrying = retrying();
        // when
        TicketsClientException create = catchThrowableOfType(TicketsClientException.class,
            () -> retrying.createTicket(NewTicket.builder().subject("Subject").body("Body").build()));
        TicketsClientException reply = catchThrowableOfType(TicketsClientException.class,
            () -> retrying.replyToTicket(14L, "Any news?"));
        TicketsClientException close = catchThrowableOfType(TicketsClientException.class,
            () -> retrying.closeTicket(14L));
        // then: one request each, and the message says why there was no second
        assertThat(provider.server().requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
            "POST /api/v1/tickets", "POST /api/v1/tickets/14/reply", "POST /api/v1/tickets/14/close");
        assertThat(create.attempts()).isEqualTo(1);
        assertThat(create).hasMessageEndingWith("not retried: createTicket is not a GET (sent twice, it could act twice)]");
        assertThat(reply.status()).isZero();
        assertThat(reply).hasMessageContaining("not retried: replyToTicket is not a GET");
        assertThat(close).hasMessageContaining("not retried: closeTicket is not a GET");
    }

    @Test
    void aRetryAfterLongerThanAllowedEndsTheRetriesAtOnce() {
        provider.server().willAnswerInTurn(TOO_MANY.withHeader("Retry-After", "120"),
            CannedResponse.json(200, ReferenceBodies.listDepartments()));
        long started = System.nanoTime();

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class, () -> retrying().listDepartments());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(provider.server().requests()).hasSize(1);
        assertThat(e.status()).isEqualTo(429);
        assertThat(e).hasMessageEndingWith("[attempts: 1) HTTP 429 (Retry-After: 120), not retried: Retry-After is"
            + " longer than maxRetryAfter PT30S]");
    }

    @Test
    void otherErrorsAndTimeoutsAreNotRetried() {
        // given
        provider.server().willAnswer("GET", "/tickets/1", CannedResponse.json(404, "{\"message\":\"Ticket not found.\"}"));
        provider.server().willAnswer("GET", "/tickets/2", CannedResponse.json(500, "{\"message\":\"Server Error\"}"));
        provider.server().willAnswer("GET", "/tickets/3",
            CannedResponse.json(200, ReferenceBodies.getTicket14()).after(Duration.ofSeconds(2)));
        TicketsClient impatient = TestClients.builderFor(provider.server()).requestTimeout(Duration.ofMillis(300))
            .retries(RetryPolicy.attempts(4)).build();
        // when
        TicketsClientException notFound = catchThrowableOfType(TicketsClientException.class, () -> impatient.getTicket(1L));
        TicketsClientException broken = catchThrowableOfType(TicketsClientException.class, () -> impatient.getTicket(2L));
        TicketsClientException slow = catchThrowableOfType(TicketsClientException.class, () -> impatient.getTicket(3L));
        // then
        assertThat(provider.server().requests()).extracting(r -> r.path())
            .containsExactly("/api/v1/tickets/1", "/api/v1/tickets/2", "/api/v1/tickets/3");
        assertThat(notFound).hasMessage("getTicket (GET /tickets/{id}) failed with HTTP 404: Ticket not found.");
        assertThat(broken.attempts()).isEqualTo(1);
        assertThat(slow.isTimeout()).isTrue();
        assertThat(slow.attempts()).isEqualTo(1);
    }

    @Test
    void retriesAreOffByDefault() {
        provider.server().willAnswerInTurn(UNAVAILABLE, CannedResponse.json(200, ReferenceBodies.listDepartments()));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
            () -> provider.client().listDepartments());

        assertThat(provider.server().requests()).hasSize(1);
        assertThat(e).hasMessage("listDepartments (GET /tickets/departments) failed with HTTP 503: Service Unavailable");
    }
}
