package com.skylightchat.tickets.stub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in Pact Broker on 127.0.0.1 (port 0) answering the documented HAL endpoints a Pact verifier uses: the index
 * ({@code GET /}, with a templated {@code pb:provider-pacts-for-verification} link), "pacts for verification"
 * ({@code POST /pacts/provider/{provider}/for-verification}, listing the published pacts) and each pact
 * ({@code GET …/consumer/{consumer}/pact-version/{sha}}: the document with the broker's {@code _links} added; a new
 * content is a new URL, as in a broker). It records every request. Tests change what it does: {@link #publish} other
 * pacts, require a token or basic auth (other requests get 401 and a JSON error), {@link #answerEverything} with a
 * failure or garbage until {@link #serve()}, {@link #stop()} and {@link #restart()} on the same port. Over https with
 * {@link #servingTls}. Thread-safe.
 */
public final class FakePactBroker implements AutoCloseable {

    public static final String PROVIDER = "skylight-tickets-api";
    public static final String REFUSAL = "Authentication failed: the credentials are not valid";

    /** One request as the broker saw it; {@code path} still percent-encoded. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Answer(int status, String contentType, byte[] body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final SSLContext tls;
    private final int port;
    private volatile Map<String, Answer> pacts = Map.of();
    private volatile String authorization;
    private volatile Answer everything;
    private volatile String index;
    private volatile HttpServer server;
    private boolean stopped;

    private FakePactBroker(SSLContext tls) throws IOException {
        this.tls = tls;
        server = bind(0);
        port = server.getAddress().getPort();
    }

    /** A broker that serves these pacts for {@value #PROVIDER} to anyone. */
    public static FakePactBroker serving(Path... pacts) throws IOException {
        return servingTls(null, pacts);
    }

    /** The same over https, presenting the certificate of {@code tls}. */
    public static FakePactBroker servingTls(SSLContext tls, Path... pacts) throws IOException {
        FakePactBroker broker = new FakePactBroker(tls);
        broker.publish(pacts);
        return broker;
    }

    public String url() {
        return (tls == null ? "http" : "https") + "://127.0.0.1:" + port;
    }

    /** From now on the selectors select exactly these pacts (an empty list: none). */
    public void publish(Path... files) {
        Map<String, Answer> documents = new LinkedHashMap<>();
        for (Path file : files) {
            byte[] bytes = read(file);
            String consumer = "consumer-" + documents.size();
            String path = "/pacts/provider/" + PROVIDER + "/consumer/" + consumer + "/pact-version/" + sha1(bytes);
            documents.put(path, new Answer(200, "application/hal+json;charset=utf-8", withLinks(bytes, path)));
        }
        pacts = documents;
    }

    public void requireToken(String token) {
        authorization = "Bearer " + token;
    }

    public void requireBasic(String username, String password) {
        authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Every request gets this answer (a failure, garbage) until {@link #serve()}. */
    public void answerEverything(int status, String contentType, String body) {
        everything = new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Back to answering as a broker. */
    public void serve() {
        everything = null;
    }

    /** The index answers this instead of its HAL links. */
    public void index(String json) {
        index = json;
    }

    /** Closes the port: connections are refused. */
    public synchronized void stop() {
        server.stop(0);
        stopped = true;
    }

    /** Listens again on the same port. */
    public synchronized void restart() throws IOException {
        server = bind(port);
        stopped = false;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The URLs of the pacts published now, in order. */
    public List<String> pactUrls() {
        return pacts.keySet().stream().map(path -> url() + path).toList();
    }

    /** The {@code consumerVersionSelectors} of the last "pacts for verification" request. */
    public JsonNode lastSelectors() throws IOException {
        List<Received> posts = received.stream().filter(r -> r.method().equals("POST")).toList();
        return JSON.readTree(posts.get(posts.size() - 1).body()).get("consumerVersionSelectors");
    }

    private HttpServer bind(int at) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), at);
        HttpServer http = tls == null ? HttpServer.create(address, 0) : https(address);
        http.createContext("/", this::handle);
        http.start();
        return http;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        received.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        String required = authorization;
        Answer answer;
        if (everything != null) {
            answer = everything;
        } else if (required != null && !required.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer = json(401, "{\"error\":\"" + REFUSAL + "\"}");
        } else if (exchange.getRequestMethod().equals("GET") && path.equals("/")) {
            answer = json(200, index != null ? index : "{\"_links\":{\"self\":{\"href\":\"" + url() + "\"},"
                    + "\"pb:provider-pacts-for-verification\":{\"href\":\"" + url() + "/pacts/provider/{provider}/"
                    + "for-verification\",\"title\":\"Pact versions to be verified for the specified provider\","
                    + "\"templated\":true}}}");
        } else if (exchange.getRequestMethod().equals("POST") && path.endsWith("/for-verification")) {
            answer = path.equals("/pacts/provider/" + PROVIDER + "/for-verification") ? forVerification()
                    : json(404, "{\"error\":\"No provider with name '"
                    + URLDecoder.decode(path.split("/")[3], StandardCharsets.UTF_8) + "' found\"}");
        } else {
            answer = pacts.getOrDefault(path, json(404, "{\"error\":\"not found\"}"));
        }
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        exchange.getResponseBody().write(answer.body());
        exchange.close();
    }

    private HttpsServer https(InetSocketAddress address) throws IOException {
        HttpsServer https = HttpsServer.create(address, 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        return https;
    }

    private Answer forVerification() {
        StringBuilder list = new StringBuilder();
        for (String url : pactUrls()) {
            list.append(list.length() == 0 ? "" : ",").append("{\"shortDescription\":\"latest from main branch\","
                    + "\"verificationProperties\":{\"notices\":[{\"when\":\"before_verification\",\"text\":\"The pact "
                    + "at " + url + " is being verified\"}]},\"_links\":{\"self\":{\"href\":\"" + url + "\","
                    + "\"name\":\"Pact between a consumer and " + PROVIDER + "\"}}}");
        }
        return json(200, "{\"_embedded\":{\"pacts\":[" + list + "]},\"_links\":{\"self\":{\"href\":\"" + url()
                + "/pacts/provider/" + PROVIDER + "/for-verification\",\"title\":\"Pacts to be verified\"}}}");
    }

    /** The document as a broker serves it, with {@code _links}; bytes that are no JSON object stay as they are. */
    private byte[] withLinks(byte[] document, String path) {
        try {
            if (JSON.readTree(document) instanceof ObjectNode pact) {
                pact.putObject("_links").putObject("self").put("href", url() + path);
                return JSON.writeValueAsBytes(pact);
            }
        } catch (IOException e) {
            // a broken pact is served as it is
        }
        return document;
    }

    private static Answer json(int status, String body) {
        return new Answer(status, "application/hal+json;charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (!stopped) {
            stop();
        }
    }
}
