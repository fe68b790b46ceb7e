package com.skylightchat.tickets.stub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skylightchat.tickets.testsupport.Answer;
import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.testsupport.LoopbackHttpServer;
import com.skylightchat.tickets.testsupport.RecordedRequest;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
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

import static com.skylightchat.tickets.testsupport.CannedResponse.halJson;

/**
 * A stand-in Pact Broker on a {@link LoopbackHttpServer} answering the documented HAL endpoints a Pact verifier uses: the index
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoopbackHttpServer server;
    private volatile Map<String, CannedResponse> pacts = Map.of();
    private volatile String authorization;
    private volatile CannedResponse everything;
    private volatile String index;

    private FakePactBroker(SSLContext tls) {
        server = tls == null ? LoopbackHttpServer.start(this::answer) : LoopbackHttpServer.startTls(tls, this::answer);
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
        return server.url();
    }

    /** From now on the selectors select exactly these pacts (an empty list: none). */
    public void publish(Path... files) {
        Map<String, CannedResponse> documents = new LinkedHashMap<>();
        for (Path file : files) {
            byte[] bytes = read(file);
            String consumer = "consumer-" + documents.size();
            String path = "/pacts/provider/" + PROVIDER + "/consumer/" + consumer + "/pact-version/" + sha1(bytes);
            documents.put(path, halJson(200, withLinks(bytes, path)));
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
        everything = CannedResponse.text(status, contentType, body);
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
    public void stop() {
        server.stop();
    }

    /** Listens again on the same port. */
    public void restart() {
        server.restart();
    }

    public List<RecordedRequest> received() {
        return server.requests();
    }

    /** The URLs of the pacts published now, in order. */
    public List<String> pactUrls() {
        return pacts.keySet().stream().map(path -> url() + path).toList();
    }

    /** The {@code consumerVersionSelectors} of the last "pacts for verification" request. */
    public JsonNode lastSelectors() throws IOException {
        List<RecordedRequest> posts = server.requests().stream().filter(r -> r.method().equals("POST")).toList();
        return JSON.readTree(posts.get(posts.size() - 1).body()).get("consumerVersionSelectors");
    }

    private Answer answer(RecordedRequest request) {
        String path = request.path();
        String required = authorization;
        if (everything != null) {
            return everything;
        } else if (required != null && !required.equals(request.header("Authorization"))) {
            return halJson(401, "{\"error\":\"" + REFUSAL + "\"}");
        } else if (request.method().equals("GET") && path.equals("/")) {
            return halJson(200, index != null ? index : "{\"_links\":{\"self\":{\"href\":\"" + url() + "\"},"
                    + "\"pb:provider-pacts-for-verification\":{\"href\":\"" + url() + "/pacts/provider/{provider}/"
                    + "for-verification\",\"title\":\"Pact versions to be verified for the specified provider\","
                    + "\"templated\":true}}}");
        } else if (request.method().equals("POST") && path.endsWith("/for-verification")) {
            return path.equals("/pacts/provider/" + PROVIDER + "/for-verification") ? forVerification()
                    : halJson(404, "{\"error\":\"No provider with name '"
                    + URLDecoder.decode(path.split("/")[3], StandardCharsets.UTF_8) + "' found\"}");
        }
        return pacts.getOrDefault(path, halJson(404, "{\"error\":\"not found\"}"));
    }

    private Answer forVerification() {
        StringBuilder list = new StringBuilder();
        for (String url : pactUrls()) {
            list.append(list.length() == 0 ? "" : ",").append("{\"shortDescription\":\"latest from main branch\","
                    + "\"verificationProperties\":{\"notices\":[{\"when\":\"before_verification\",\"text\":\"The pact "
                    + "at " + url + " is being verified\"}]},\"_links\":{\"self\":{\"href\":\"" + url + "\","
                    + "\"name\":\"Pact between a consumer and " + PROVIDER + "\"}}}");
        }
        return halJson(200, "{\"_embedded\":{\"pacts\":[" + list + "]},\"_links\":{\"self\":{\"href\":\"" + url()
                + "/pacts/provider/" + PROVIDER + "/for-verification\",\"title\":\"Pacts to be verified\"}}}");
    }

    /** The document as a broker serves it, with {@code _links}; text that is no JSON object stays as it is. */
    private String withLinks(byte[] document, String path) {
        try {
            if (JSON.readTree(document) instanceof ObjectNode pact) {
                pact.putObject("_links").putObject("self").put("href", url() + path);
                return JSON.writeValueAsString(pact);
            }
        } catch (IOException e) {
            // a broken pact is served as it is
        }
        return new String(document, StandardCharsets.UTF_8);
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
    public void close() {
        server.close();
    }
}
