package com.skylightchat.tickets.testsupport;

import com.skylightchat.tickets.spec.validation.SpecViolation;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An {@link HttpClient} for the generated client ({@code TicketsClient.builder().httpClient(…)}) that judges every
 * exchange with the project's one spec validator ({@link BundledSpec}) before the client sees the answer: a request or response that
 * disagrees with the spec fails the test with the violations. Only {@link #send} is supported (the generated client
 * uses nothing else). Thread-safe.
 */
public final class SpecCheckingHttpClient extends HttpClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger checked = new AtomicInteger();

    /** How many exchanges were judged (and agreed with the spec). */
    public int checked() {
        return checked.get();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
        throws IOException, InterruptedException {
        String sent = request.bodyPublisher().map(ExchangeParts::text).orElse(null);
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        List<SpecViolation> violations = BundledSpec.check(request, sent, response, body);
        if (!violations.isEmpty()) {
            throw new AssertionError(request.method() + " " + request.uri() + " -> " + response.statusCode() + " "
                + body + " disagrees with the spec: " + violations);
        }
        checked.incrementAndGet();
        return ExchangeParts.replayed(response, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("the spec check is synchronous");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
        HttpResponse.PushPromiseHandler<T> push) {
        throw new UnsupportedOperationException("the spec check is synchronous");
    }

    @Override public Optional<CookieHandler> cookieHandler() { return http.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return http.connectTimeout(); }
    @Override public Redirect followRedirects() { return http.followRedirects(); }
    @Override public Optional<ProxySelector> proxy() { return http.proxy(); }
    @Override public SSLContext sslContext() { return http.sslContext(); }
    @Override public SSLParameters sslParameters() { return http.sslParameters(); }
    @Override public Optional<Authenticator> authenticator() { return http.authenticator(); }
    @Override public Version version() { return http.version(); }
    @Override public Optional<Executor> executor() { return http.executor(); }
}
