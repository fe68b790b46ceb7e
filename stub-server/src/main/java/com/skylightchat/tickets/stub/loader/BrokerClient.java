package com.skylightchat.tickets.stub.loader;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.stub.http.Json;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP side of reading a Pact Broker (JDK client; TLS through the JDK's trust store): HAL requests with the
 * credentials, one deadline per request covering connect, headers and body, at most {@value #MAX_BYTES} bytes per
 * answer, redirects not followed (they would carry the credentials to another host). Every failure is a
 * {@link PactLoadException} whose source is the URL and whose problem says what went wrong, in the broker's words
 * where it gave some, with the secrets masked. Thread-safe.
 */
final class BrokerClient {

    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final String HAL = "application/hal+json, application/json";

    private final BrokerSettings settings;
    private final HttpClient http;

    BrokerClient(BrokerSettings settings) {
        this.settings = settings;
        // HTTP/1.1: on plain http the JDK would otherwise send h2c upgrade headers, which some proxies refuse.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    JsonNode getJson(URI url) {
        return json(url, send(url, request(url).GET()));
    }

    JsonNode postJson(URI url, JsonNode body) {
        return json(url, send(url, request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
    }

    byte[] get(URI url) {
        return send(url, request(url).GET()).body();
    }

    private HttpRequest.Builder request(URI url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(settings.timeout()).header("Accept", HAL);
        String authorization = settings.credentials().authorization();
        // Credentials go only where the user sent them: a HAL link to another origin gets none.
        return authorization == null || !sameOrigin(url, settings.url()) ? request
                : request.header("Authorization", authorization);
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI url) {
        return url.getPort() != -1 ? url.getPort() : url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private HttpResponse<byte[]> send(URI url, HttpRequest.Builder request) {
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(request.build(), info -> new LimitedBody(MAX_BYTES));
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw failure(url, "the Pact Broker did not answer within " + settings.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw failure(url, "interrupted while waiting for the Pact Broker");
        } catch (ExecutionException e) {
            throw failure(url, unreachable(e.getCause(), url));
        }
        if (response.statusCode() / 100 != 2) {
            throw failure(url, BrokerAnswers.status(response, settings));
        }
        return response;
    }

    private JsonNode json(URI url, HttpResponse<byte[]> response) {
        try {
            JsonNode json = Json.mapper().readTree(response.body());
            if (json != null && json.isObject()) {
                return json;
            }
        } catch (IOException e) {
            // reported below, with the content type that usually explains it (an HTML login page, a proxy's error)
        }
        throw failure(url, "the answer is not a JSON object, so not the Pact Broker's (Content-Type: "
                + response.headers().firstValue("Content-Type").orElse("none") + "; starts with '"
                + BrokerAnswers.start(new String(response.body(), StandardCharsets.UTF_8)) + "')");
    }

    private static String unreachable(Throwable cause, URI url) {
        if (cause instanceof LimitedBody.TooLarge) {
            return cause.getMessage();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "cannot connect to the Pact Broker (connect timed out)";
        }
        if (cause instanceof SSLHandshakeException || cause.getCause() instanceof SSLHandshakeException) {
            return "the TLS handshake with the Pact Broker failed: " + BrokerAnswers.describe(cause, url)
                    + " (a private certificate authority? trust it with -Djavax.net.ssl.trustStore=…)";
        }
        return "cannot reach the Pact Broker: " + BrokerAnswers.describe(cause, url);
    }

    private PactLoadException failure(URI url, String problem) {
        return new PactLoadException(url.toString(), settings.credentials().redact(problem));
    }
}
