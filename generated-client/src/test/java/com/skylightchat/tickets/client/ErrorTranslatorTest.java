package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.invoker.ApiClient;
import com.skylightchat.tickets.client.invoker.ApiException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Failures that a loopback server cannot provoke reliably (a connect timeout, an interrupt), fed to the translator
 * as the generated code reports them: an {@link ApiException} with status 0 wrapping the JDK exception.
 */
class ErrorTranslatorTest {
    private static final String KEY = "sk-test-secret-42";
    private final ErrorTranslator translator = withKey(KEY);

    @Test
    void aConnectTimeoutNamesTheConnectTimeout() {
        TicketsClientException e = translator.translate(Operation.LIST_TICKETS,
            new ApiException(new HttpConnectTimeoutException("HTTP connect timed out")));

        assertThat(e.isTimeout()).isTrue();
        assertThat(e.status()).isZero();
        assertThat(e).hasMessage("listTickets (GET /tickets) timed out: no connection within the connect timeout of PT2S")
            .hasCauseInstanceOf(HttpConnectTimeoutException.class);
    }

    @Test
    void aConnectTimeoutOfAGivenHttpClientIsNotNamedAsTheBuildersDefault() {
        // given: the caller's HttpClient has a connect timeout of its own (the builder's default was never used)
        HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(750)).build();
        TicketsClientSettings settings = new TicketsClientSettings(URI.create("http://127.0.0.1:1"), KEY,
            TicketsClientSettings.DEFAULT_CONNECT_TIMEOUT, Duration.ofSeconds(9), own, RetryPolicy.none());
        ErrorTranslator withOwnClient = new ErrorTranslator(ApiClient.createDefaultObjectMapper(), KEY,
            settings.effectiveConnectTimeout(), Duration.ofSeconds(9));

        // when
        TicketsClientException e = withOwnClient.translate(Operation.LIST_TICKETS,
            new ApiException(new HttpConnectTimeoutException("HTTP connect timed out")));

        // then
        assertThat(e).hasMessageEndingWith("no connection within the connect timeout of PT0.75S");
    }

    @Test
    void anInterruptIsReportedAsSuch() {
        TicketsClientException e = translator.translate(Operation.CLOSE_TICKET,
            new ApiException(new InterruptedException()));

        assertThat(e.isTimeout()).isFalse();
        assertThat(e).hasMessage("closeTicket (POST /tickets/{id}/close) was interrupted while waiting for the response")
            .hasCauseInstanceOf(InterruptedException.class);
    }

    @Test
    void anIoFailureMentioningTheKeyIsRedacted() {
        TicketsClientException e = translator.translate(Operation.GET_TICKET,
            new ApiException(new IOException("proxy refused header X-Api-Key: " + KEY)));

        assertThat(e.getMessage()).doesNotContain(KEY).endsWith("X-Api-Key: ****");
        ErrorMappingIT.assertNoGeneratorExceptionIn(e);
    }

    @Test
    void aShortKeyIsRedactedWhereItStandsAloneNotInsideOtherWords() {
        ErrorTranslator shortKey = withKey("1");

        TicketsClientException e = shortKey.translate(Operation.GET_TICKET,
            new ApiException(new IOException("GET /api/v1/tickets/14 refused key 1, escaped \"1\"")));

        assertThat(e).hasMessageContaining("GET /api/v1/tickets/14 refused key ****, escaped \"****\"");
    }

    @Test
    void aKeyWithASlashIsRedactedAlsoAsPhpEscapesIt() {
        ErrorTranslator slashed = withKey("ab/cd");

        TicketsClientException e = slashed.translate(Operation.GET_TICKET,
            new ApiException(new IOException("echo {\"key\":\"ab\\/cd\"} and ab/cd")));

        assertThat(e.getMessage()).doesNotContain("ab/cd").doesNotContain("ab\\/cd").endsWith("and ****");
    }

    /** A translator for {@code key} with a 2 s connect and a 9 s request timeout. */
    private static ErrorTranslator withKey(String key) {
        return new ErrorTranslator(ApiClient.createDefaultObjectMapper(), key, Duration.ofSeconds(2),
            Duration.ofSeconds(9));
    }
}
