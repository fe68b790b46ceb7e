package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skylightchat.tickets.client.NewTicket;
import com.skylightchat.tickets.client.RetryPolicy;
import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.stub.faults.FaultSpecs;
import com.skylightchat.tickets.stub.journal.JournalEntry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated client's retries and timeouts against the stub's faults on demand, through the JUnit extension: the
 * way a team tests how its own code copes with a slow or failing tickets API.
 */
class ClientCopesWithStubFaultsIT {

    private static final String DEPARTMENTS = "/api/v1/tickets/departments";

    @RegisterExtension
    static TicketsStubExtension stub = TicketsStubExtension.builder()
        .stubOptions(options -> options.requestLog(false))
        .build();

    @Test
    void retriesA503WithRetryAfterAndThenGetsTheAnswer() {
        // given: the next two answers are 503 with Retry-After: 1
        stub.info().faults().add(FaultSpecs.parse("path=" + DEPARTMENTS + ",status=503,retry-after=1,times=2"));
        TicketsClient client = client(RetryPolicy.attempts(3).withBackoff(Duration.ofMillis(50),
            Duration.ofMillis(200)));

        // when
        long start = System.nanoTime();
        int departments = client.listDepartments().size();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then: three attempts, the stub's Retry-After honoured between them
        assertThat(departments).isPositive();
        assertThat(stub.info().requests("GET", DEPARTMENTS)).extracting(JournalEntry::status)
            .containsExactly(503, 503, 200);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(2)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void retriesAConnectionTheStubDropsAndGivesUpNamingEveryAttempt() {
        // given: every answer dropped
        stub.info().faults().add(FaultSpecs.parse("path=" + DEPARTMENTS + ",drop=true"));
        TicketsClient client = client(RetryPolicy.attempts(3).withBackoff(Duration.ofMillis(20),
            Duration.ofMillis(50)));

        // when
        TicketsClientException failure = catchThrowableOfType(TicketsClientException.class, client::listDepartments);

        // then
        assertThat(failure.attempts()).isEqualTo(3);
        assertThat(failure.getMessage()).contains("attempts: 1)", "2)", "3)");
    }

    @Test
    void aSlowStubRunsIntoTheClientsRequestTimeout() {
        // given: answers held back 2 s, a client that waits 500 ms
        stub.info().faults().add(FaultSpecs.parse("path=" + DEPARTMENTS + ",delay=2s"));
        TicketsClient client = TicketsClient.builder().baseUrl(stub.baseUrl()).apiKey(stub.info().apiKey())
            .requestTimeout(Duration.ofMillis(500)).build();

        // when
        long start = System.nanoTime();
        TicketsClientException failure = catchThrowableOfType(TicketsClientException.class, client::listDepartments);

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1900));
        assertThat(failure.getMessage()).containsIgnoringCase("timed out");
    }

    @Test
    void neverRetriesACreateTheStubAnswersWith503() {
        // given
        stub.info().faults().add(FaultSpecs.parse("path=/api/v1/tickets,status=503,retry-after=0"));
        TicketsClient client = client(RetryPolicy.attempts(3));

        // when: the create the contract records
        catchThrowableOfType(TicketsClientException.class, () -> client.createTicket(new NewTicket(
            "Billing question about my subscription", "I was charged twice for March. Account ID 9.", null, null)));

        // then
        assertThat(stub.info().requests("POST", "/api/v1/tickets")).hasSize(1);
    }

    private static TicketsClient client(RetryPolicy retries) {
        return TicketsClient.builder().baseUrl(stub.baseUrl()).apiKey(stub.info().apiKey()).retries(retries).build();
    }
}
