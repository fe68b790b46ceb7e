package com.skylightchat.tickets.client;

import java.net.http.HttpRequest;
import java.util.function.Consumer;

/**
 * Adds the headers the generated native client does not send by itself: {@code X-Api-Key} (the spec's
 * {@code ApiKeyAuth} scheme) and a {@code User-Agent} naming this toolkit and its version. Installed with
 * {@code ApiClient.setRequestInterceptor}, it runs on every request of every operation. Its {@code toString}
 * never shows the key.
 */
final class RequestDecorator implements Consumer<HttpRequest.Builder> {
    static final String API_KEY_HEADER = "X-Api-Key";

    private final String apiKey;
    private final String userAgent;

    RequestDecorator(String apiKey, String userAgent) {
        this.apiKey = apiKey;
        this.userAgent = userAgent;
    }

    @Override
    public void accept(HttpRequest.Builder request) {
        // setHeader, not header: the value replaces anything set earlier instead of being sent twice.
        request.setHeader(API_KEY_HEADER, apiKey);
        request.setHeader("User-Agent", userAgent);
    }

    @Override
    public String toString() {
        return "RequestDecorator[" + API_KEY_HEADER + "=****, User-Agent=" + userAgent + "]";
    }
}
