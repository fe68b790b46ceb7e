package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skylightchat.tickets.client.invoker.ApiClient;
import com.skylightchat.tickets.client.invoker.ApiException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The retry loop with its seams replaced: the waits are recorded instead of slept, the clock and the jitter are
 * fixed. {@code RetriesIT} proves the same against a real server with real waits.
 */
class RetrierTest {
    private static final String KEY = "sk-test-secret-42";
    private static final Instant NOW = Instant.parse("2026-10-21T07:27:30Z");

    private final List<Duration> waits = new ArrayList<>();
    private final ErrorTranslator errors = new ErrorTranslator(ApiClient.createDefaultObjectMapper(), KEY,
        Duration.ofSeconds(2), Duration.ofSeconds(9));
    private final Retrier retrier = new Retrier(RetryPolicy.attempts(3), errors, waits::add,
        Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.5);

    @Test
    void waitsWhatRetryAfterAsksThenTheBackoffUntilTheCallSucceeds() {
        // given
        Script script = new Script(status(429, "Wed, 21 Oct 2026 07:27:31 GMT"), status(503, null), "done");
        // when
        String result = retrier.run(Operation.GET_TICKET, script);
        // then: 1 s until the date asked for, then the second backoff step of 400 ms with the jitter at half
        assertThat(result).isEqualTo("done");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(300));
    }

    @Test
    void namesEveryAttemptWhenItGivesUp() {
        Script script = new Script(status(503, null), status(429, "0"), status(503, null));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
            () -> retrier.run(Operation.LIST_DEPARTMENTS, script));

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.status()).isEqualTo(503);
        assertThat(e).hasMessage("listDepartments (GET /tickets/departments) failed with HTTP 503: busy"
            + " [attempts: 1) HTTP 503, waited 150 ms; 2) HTTP 429 (Retry-After: 0), waited 0 ms (Retry-After);"
            + " 3) HTTP 503, no attempts left]");
    }

    @Test
    void stopsAndKeepsTheInterruptWhenInterruptedWhileWaiting() {
        Retrier interrupted = new Retrier(RetryPolicy.attempts(3), errors, wait -> {
            throw new InterruptedException();
        }, Clock.systemUTC(), () -> 0.5);

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
            () -> interrupted.run(Operation.GET_TICKET, new Script(status(503, null), "never")));

        assertThat(Thread.interrupted()).as("interrupt flag kept (and cleared here)").isTrue();
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e).hasMessageEndingWith("[attempts: 1) HTTP 503, interrupted while waiting to retry]");
    }

    @Test
    void neverRetriesATimeoutOrABodyThatIsNotJson() {
        for (ApiException failure : List.of(new ApiException(new HttpTimeoutException("request timed out")),
            new ApiException(new com.fasterxml.jackson.core.JsonParseException(null, "Unexpected character")))) {
            TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
                () -> retrier.run(Operation.GET_TICKET, new Script(failure, "never")));

            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getMessage()).doesNotContain("[attempts:");
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void saysWhyARetryableFailureOfAPostWasNotRetried() {
        TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
            () -> retrier.run(Operation.REPLY_TO_TICKET, new Script(status(503, null), "never")));

        assertThat(waits).isEmpty();
        assertThat(e).hasMessageEndingWith("[attempts: 1) HTTP 503, not retried: replyToTicket is not a GET"
            + " (sent twice, it could act twice)]");
    }

    @Test
    void keepsTheKeyOutOfTheAttemptsStory() {
        ApiException reset = new ApiException(new IOException("connection reset while sending X-Api-Key: " + KEY));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
            () -> retrier.run(Operation.LIST_TICKETS, new Script(reset, reset, reset)));

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.getMessage()).doesNotContain(KEY).contains("1) IOException: connection reset while sending"
            + " X-Api-Key: ****, waited 150 ms;");
    }

    private static ApiException status(int status, String retryAfter) {
        HttpHeaders headers = HttpHeaders.of(retryAfter == null ? Map.of() : Map.of("Retry-After", List.of(retryAfter)),
            (name, value) -> true);
        return new ApiException(status, "HTTP " + status, headers, "{\"message\":\"busy\"}");
    }

    /** Answers each call with the next outcome: an {@link ApiException} is thrown, anything else returned. */
    private static final class Script implements ApiCall<String> {
        private final Deque<Object> outcomes;

        Script(Object... outcomes) {
            this.outcomes = new ArrayDeque<>(List.of(outcomes));
        }

        @Override
        public String call() throws ApiException {
            Object next = outcomes.removeFirst();
            if (next instanceof ApiException failure) {
                throw failure;
            }
            return (String) next;
        }
    }
}
