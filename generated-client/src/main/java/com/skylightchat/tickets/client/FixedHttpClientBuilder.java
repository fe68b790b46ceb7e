package com.skylightchat.tickets.client;

import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An {@link HttpClient.Builder} that always "builds" one given client. The generated {@code ApiClient} only
 * accepts a builder and calls {@code build()} once per API class; this adapter lets every API class share the one
 * {@link HttpClient} the facade configured (or the caller supplied), so its connection pool is shared too.
 * Configuration methods are refused: the client is already configured.
 */
final class FixedHttpClientBuilder implements HttpClient.Builder {
    private final HttpClient client;

    FixedHttpClientBuilder(HttpClient client) {
        this.client = client;
    }

    @Override
    public HttpClient build() {
        return client;
    }

    @Override
    public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
        throw refused();
    }

    @Override
    public HttpClient.Builder connectTimeout(Duration duration) {
        throw refused();
    }

    @Override
    public HttpClient.Builder sslContext(SSLContext sslContext) {
        throw refused();
    }

    @Override
    public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
        throw refused();
    }

    @Override
    public HttpClient.Builder executor(Executor executor) {
        throw refused();
    }

    @Override
    public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
        throw refused();
    }

    @Override
    public HttpClient.Builder version(HttpClient.Version version) {
        throw refused();
    }

    @Override
    public HttpClient.Builder priority(int priority) {
        throw refused();
    }

    @Override
    public HttpClient.Builder proxy(ProxySelector proxySelector) {
        throw refused();
    }

    @Override
    public HttpClient.Builder authenticator(Authenticator authenticator) {
        throw refused();
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("The HttpClient is already built; configure it before passing it in");
    }
}
