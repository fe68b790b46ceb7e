package com.skylightchat.tickets.stub.hostile;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.testsupport.Http;
import com.skylightchat.tickets.stub.testing.Probe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.skylightchat.tickets.stub.testing.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send slowly on purpose: a body that trickles in a byte at a time never ends the body deadline, and
 * bodies on their way in are capped in total, so neither can hold memory or connections for long. A good request is
 * answered meanwhile.
 */
class SlowClientsIT {

    private static StubServer stub;

    @BeforeAll
    static void start() {
        stub = StubServer.start(StubConfig.builder().port(0).requestLog(false).maxBodyBytes(1024 * 1024)
                .bodyTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5))
                .maxInFlightBodyBytes(4L * 1024 * 1024).build());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void aBodyThatTricklesInIsCutOffAtTheBodyDeadline() throws Exception {
        try (Socket slow = new Socket("127.0.0.1", stub.port()); Probe probe = Probe.start(new Http(stub.baseUrl()))) {
            // given: a body of a megabyte, announced, then sent a byte every 200 ms (never idle past the read timeout)
            slow.setSoTimeout(10_000);
            OutputStream out = slow.getOutputStream();
            out.write(head(1024 * 1024));
            long start = System.nanoTime();

            // when
            boolean cut = false;
            for (int i = 0; i < 50 && !cut; i++) {
                try {
                    out.write('x');
                    out.flush();
                    Thread.sleep(200);
                } catch (SocketException closed) {
                    cut = true;
                }
                cut |= isClosed(slow);
            }

            // then: the stub closed it after its 2 s deadline, not after the 10 s it would take to trickle out
            assertThat(cut).as("the connection was closed").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
            HostileBodiesIT.assertGoodRequestsWereAnswered(probe.stop());
        }
    }

    @Test
    void bodiesBeyondTheInFlightBudgetGet503WithRetryAfter() throws Exception {
        // given: four bodies of a megabyte each announced and not sent: the 4 MB budget is taken
        List<Socket> slow = announceBodiesFillingTheBudget();
        try {
            Thread.sleep(300);

            // when: one more body arrives
            try (Socket one = new Socket("127.0.0.1", stub.port())) {
                one.setSoTimeout(5000);
                one.getOutputStream().write(head(1000));
                String answer = new String(one.getInputStream().readNBytes(400), StandardCharsets.ISO_8859_1);

                // then
                assertThat(answer).startsWith("HTTP/1.1 503").contains("Retry-After: 1")
                        .contains("bytes of request bodies are being received; try again");
            }
            assertThat(new Http(stub.baseUrl()).get("/api/v1/tickets/departments", "X-Api-Key", API_KEY)
                    .statusCode()).isEqualTo(200);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void bodiesCutAtTheirDeadlineGiveTheirShareOfTheBudgetBack() throws Exception {
        // given: the whole 4 MB budget taken by bodies that trickle in, each cut at its 2 s deadline
        List<Socket> slow = announceBodiesFillingTheBudget();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline) {
                for (Socket socket : slow) {
                    try {
                        socket.getOutputStream().write('x');
                    } catch (SocketException cut) {
                        // cut off by the stub: what this test waits for
                    }
                }
                Thread.sleep(250);
            }

            // when: a body arrives after they were cut
            try (Socket one = new Socket("127.0.0.1", stub.port())) {
                one.setSoTimeout(5000);
                one.getOutputStream().write(head(2));
                one.getOutputStream().write("{}".getBytes(StandardCharsets.ISO_8859_1));
                String answer = new String(one.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);

                // then: it is judged (no interaction has an empty ticket), not refused for lack of budget
                assertThat(answer).isEqualTo("HTTP/1.1 404");
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** Four connections that each announce a body of a megabyte: the stub's 4 MB in-flight budget. */
    private static List<Socket> announceBodiesFillingTheBudget() throws IOException {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Socket socket = new Socket("127.0.0.1", stub.port());
            socket.getOutputStream().write(head(1024 * 1024));
            slow.add(socket);
        }
        return slow;
    }

    private static byte[] head(int length) {
        return ("POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Api-Key: "
                + API_KEY + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean isClosed(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        try {
            InputStream in = socket.getInputStream();
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        } finally {
            socket.setSoTimeout(10_000);
        }
    }
}
