package com.skylightchat.tickets.contract.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a Pact Broker on 127.0.0.1 (port 0): it answers the HAL index with a {@code pb:publish-contracts}
 * link and records every publication it receives. It accepts publications, or rejects them with {@link #REJECTION}
 * the way a broker refuses to change published content (409 with {@code errors} and {@code notices}),
 * and then also answers can-i-deploy with "not deployable" and {@link #MATRIX_REASON}. Like a
 * protected broker it challenges requests without {@code Authorization} (401, {@code WWW-Authenticate: Basic}).
 * Thread-safe; close it to free the port.
 */
public final class RecordingBroker implements AutoCloseable {

    public static final String REJECTION = "Cannot change the content of the pact for skylight-tickets-java-client "
            + "version 1.0.0 and provider skylight-tickets-api, as race conditions will cause unreliable results";

    public static final String MATRIX_REASON = "There is no verified pact between the version of "
            + "skylight-tickets-java-client and the version of skylight-tickets-api currently in production";

    /** One request as the broker saw it; {@code query} is the raw (still percent-encoded) query, or null. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers,
                           String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final boolean rejecting;

    private RecordingBroker(boolean rejecting) throws IOException {
        this.rejecting = rejecting;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static RecordingBroker accepting() throws IOException {
        return new RecordingBroker(false);
    }

    public static RecordingBroker rejecting() throws IOException {
        return new RecordingBroker(true);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The publication requests that carried credentials (those a protected broker would act on). */
    public List<Received> publications() {
        return received.stream().filter(r -> r.method().equals("POST") && r.path().equals("/contracts/publish"))
                .filter(r -> r.header("Authorization") != null)
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            // As a protected broker does: clients using basic auth send credentials only after this challenge.
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Pact Broker\"");
            respond(exchange, 401, "{\"error\":\"Unauthorized\"}");
        } else if (exchange.getRequestMethod().equals("GET") && path.equals("/")) {
            respond(exchange, 200, "{\"_links\":{\"pb:publish-contracts\":{\"href\":\"" + baseUrl()
                    + "/contracts/publish\",\"title\":\"Publish contracts\"}}}");
        } else if (path.equals("/contracts/publish") && !rejecting) {
            respond(exchange, 200, "{\"notices\":[{\"level\":\"success\",\"text\":\"Pact published\"}],"
                    + "\"_embedded\":{},\"_links\":{}}");
        } else if (path.equals("/contracts/publish")) {
            respond(exchange, 409, "{\"errors\":{\"contracts\":[\"" + REJECTION + "\"]},"
                    + "\"notices\":[{\"level\":\"error\",\"text\":\"" + REJECTION + "\"}]}");
        } else if (path.equals("/matrix")) {
            respond(exchange, 200, "{\"summary\":{\"deployable\":" + !rejecting + ",\"reason\":\"" + MATRIX_REASON
                    + "\",\"success\":0,\"failed\":0,\"unknown\":1},\"matrix\":[]}");
        } else {
            respond(exchange, 404, "{\"error\":\"not found\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/hal+json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
