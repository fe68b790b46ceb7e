package com.skylightchat.tickets.stub.hostile;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.testsupport.Http;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API against what a web page in the user's browser can send: a cross-site "simple" POST, a foreign
 * Origin, a DNS-rebound Host; and beyond loopback, a caller without the admin token. CORS for the API must not open
 * the admin API.
 */
class AdminSafetyIT {

    @Test
    void refusesACrossSiteTextPlainPostThatWouldChangeTheState() {
        try (StubServer stub = start(StubConfig.builder())) {
            Http http = new Http(stub.baseUrl());

            // when: what an HTML form or a fetch without pre-flight can send
            HttpResponse<String> textPlain = http.post("/__stub/provider-states",
                    "{\"state\":\"" + Fixtures.CLOSED + "\"}", "Content-Type", "text/plain",
                    "Origin", "http://evil.example");
            HttpResponse<String> foreignJson = http.post("/__stub/reload", "{}", "Origin", "http://evil.example");

            // then
            assertThat(textPlain.statusCode()).isEqualTo(415);
            assertThat(foreignJson.statusCode()).isEqualTo(403);
            assertThat(Http.json(foreignJson).get("error").asText()).contains("another origin (http://evil.example)");
            assertThat(Http.json(http.get("/__stub/provider-states")).get("active").isNull()).isTrue();
        }
    }

    @Test
    void refusesAdminRequestsWhoseHostIsNotThisMachineWhenBoundToLoopback() throws IOException {
        try (StubServer stub = start(StubConfig.builder()); Socket socket = new Socket("127.0.0.1", stub.port())) {
            // when: a page on evil.example whose DNS now points at 127.0.0.1 (DNS rebinding)
            socket.getOutputStream().write(("GET /__stub/journal HTTP/1.1\r\nHost: evil.example:" + stub.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            // then
            assertThat(answer).startsWith("HTTP/1.1 403").contains("loopback address in Host");
        }
    }

    @Test
    void beyondLoopbackEveryAdminEndpointButHealthWantsTheToken() {
        try (StubServer stub = start(StubConfig.builder().host("0.0.0.0"))) {
            Http http = new Http(stub.baseUrl());

            // when
            HttpResponse<String> health = http.get("/__stub/health");
            HttpResponse<String> withoutToken = http.get("/__stub/journal");
            HttpResponse<String> withToken = http.get("/__stub/journal", "X-Stub-Admin-Token", stub.adminToken());

            // then: the stub made a token up, since none was given
            assertThat(stub.adminToken()).hasSize(32);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(withoutToken.statusCode()).isEqualTo(401);
            assertThat(withToken.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void corsForTheApiNeverReachesTheAdminEndpoints() {
        try (StubServer stub = start(StubConfig.builder().cors(true))) {
            Http http = new Http(stub.baseUrl());

            // when
            HttpResponse<String> api = http.get("/api/v1/tickets/departments", "X-Api-Key", Fixtures.API_KEY,
                    "Origin", "http://localhost:3000");
            HttpResponse<String> admin = http.get("/__stub/journal", "Origin", "http://localhost:3000");

            // then
            assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
            assertThat(admin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(admin.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        }
    }

    private static StubServer start(StubConfig.Builder config) {
        return StubServer.start(config.port(0).requestLog(false).build());
    }
}
