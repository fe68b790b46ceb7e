package com.skylightchat.tickets.client;

import static com.skylightchat.tickets.client.testing.TestClients.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.client.testing.RecordingServer;
import com.skylightchat.tickets.client.testing.ReferenceBodies;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** No answer at all: a timeout or a refused connection is a {@link TicketsClientException} with status 0. */
class TransportFailuresIT {

    @Test
    void aSlowAnswerTimesOutWithAClearMessage() {
        try (RecordingServer server = RecordingServer.start()) {
            // given: the provider answers after 3 s, the client waits 300 ms
            server.willAnswer(CannedResponse.json(200, ReferenceBodies.getTicket14()).after(Duration.ofSeconds(3)));
            TicketsClient client = TicketsClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY)
                .requestTimeout(Duration.ofMillis(300)).build();
            long started = System.nanoTime();
            // when
            TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
                () -> client.getTicket(14L));
            // then
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.status()).isZero();
            assertThat(e.isNotFound()).isFalse();
            assertThat(e).hasMessage(
                "getTicket (GET /tickets/{id}) timed out: no response within the request timeout of PT0.3S");
            assertThat(e).hasCauseInstanceOf(HttpTimeoutException.class);
            ErrorMappingIT.assertNoGeneratorExceptionIn(e);
        }
    }

    @Test
    void aRefusedConnectionIsReportedWithItsCause() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        TicketsClient client = TicketsClient.builder().baseUrl("http://127.0.0.1:" + closedPort + "/api/v1")
            .apiKey(API_KEY).build();

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class, () -> client.listDepartments());

        assertThat(e.status()).isZero();
        assertThat(e.isTimeout()).isFalse();
        assertThat(e.getMessage()).startsWith("listDepartments (GET /tickets/departments) could not be completed: ")
            .doesNotContain(API_KEY);
        assertThat(e).hasCauseInstanceOf(ConnectException.class);
        ErrorMappingIT.assertNoGeneratorExceptionIn(e);
    }
}
