package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static com.skylightchat.tickets.stub.testing.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Limits, timeouts, unknown methods, CORS and the loopback default; none of them may disturb other clients. */
class RobustnessIT {

    private static StubServer stub;
    private static Http http;

    @BeforeAll
    static void start() {
        stub = StubServer.start(StubConfig.builder().pacts(List.of(Fixtures.recorded())).port(0).maxBodyBytes(4096)
                .maxHeaderBytes(2048).readTimeout(Duration.ofMillis(500)).cors(true).build());
        http = new Http(stub.baseUrl());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void rejectsATooLargeBodyWith413() {
        HttpResponse<String> response = http.post("/api/v1/tickets/14/reply",
                "{\"reply\":\"" + "x".repeat(5000) + "\"}", "X-Api-Key", API_KEY, "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("request body larger than 4096 bytes");
    }

    @Test
    void rejectsTooLargeHeadersWith431() {
        HttpResponse<String> response = http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY,
                "X-Padding", "p".repeat(3000));

        assertThat(response.statusCode()).isEqualTo(431);
    }

    @Test
    void rejectsAnUnknownMethodWith405() {
        HttpResponse<String> response = http.send(http.request("/api/v1/tickets/14")
                .method("BREW", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET"));
    }

    @Test
    void closesAConnectionThatStallsInTheHeadersWhileServingOthers() throws IOException {
        try (Socket slow = new Socket("127.0.0.1", stub.port())) {
            // given a client that sends half a request and then nothing
            slow.setSoTimeout(5000);
            OutputStream out = slow.getOutputStream();
            out.write("GET /api/v1/tickets/14 HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            // when another client calls meanwhile
            HttpResponse<String> other = http.get("/api/v1/tickets/14", "X-Api-Key", API_KEY);

            // then the other is served and the slow one is cut off after the read timeout
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(closedAfter(slow.getInputStream())).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void closesAConnectionThatStallsInTheBody() throws IOException {
        try (Socket slow = new Socket("127.0.0.1", stub.port())) {
            slow.setSoTimeout(5000);
            OutputStream out = slow.getOutputStream();
            out.write(("POST /api/v1/tickets/14/reply HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "X-Api-Key: " + API_KEY + "\r\nContent-Length: 100\r\n\r\n{\"reply\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(closedAfter(slow.getInputStream())).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void answersACorsPreflightWhenCorsIsOn() {
        HttpResponse<String> response = http.send(http.request("/api/v1/tickets/14")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "X-Api-Key").build());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("X-Api-Key");
    }

    @Test
    void bindsLoopbackOnlyByDefault() throws IOException {
        // given the defaults
        StubConfig defaults = StubConfig.builder().port(0).pacts(List.of(Fixtures.recorded())).build();
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");

        try (StubServer local = StubServer.start(defaults)) {
            // then it answers on 127.0.0.1 and refuses connections on the machine's other address
            assertThat(local.baseUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(defaults.isLoopback()).isTrue();
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(external.get(), local.port()), 2000);
                }
            }).isInstanceOf(ConnectException.class);
        }
    }

    /**
     * How long until the server closes the connection (draining whatever it says first, e.g. a 408); the socket's
     * 5 s read timeout fails the test when it never does.
     */
    private static Duration closedAfter(InputStream in) throws IOException {
        long start = System.nanoTime();
        try {
            byte[] buffer = new byte[1024];
            while (in.read(buffer) >= 0) {
                // drain
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the stalled connection open", e);
        } catch (SocketException e) {
            // reset by the server: closed too
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
