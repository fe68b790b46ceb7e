package com.skylightchat.tickets.client;

import com.skylightchat.tickets.client.invoker.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * The validated configuration of a {@link TicketsClient} and how it becomes a generated {@link ApiClient}.
 * {@link #toString()} shows everything except the API key.
 */
record TicketsClientSettings(URI baseUrl, String apiKey, Duration connectTimeout, Duration requestTimeout,
                             HttpClient httpClient, RetryPolicy retries) {
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** The connect timeout the client really uses: the given {@code HttpClient}'s own, or the configured one. */
    Duration effectiveConnectTimeout() {
        return httpClient != null ? httpClient.connectTimeout().orElse(null) : connectTimeout;
    }

    ApiClient apiClient() {
        HttpClient client = httpClient != null ? httpClient
            : HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        ApiClient apiClient = new ApiClient(new FixedHttpClientBuilder(client), ApiClient.createDefaultObjectMapper(),
            baseUrl.toString());
        apiClient.setReadTimeout(requestTimeout);
        apiClient.setRequestInterceptor(new RequestDecorator(apiKey, ClientVersion.userAgent()));
        return apiClient;
    }

    static URI checkBaseUrl(URI baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL with a host, got " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must not carry user info, a query or a fragment: " + baseUrl);
        }
        String url = baseUrl.toString();
        // The generated client appends "/tickets..." to the base, so a trailing slash would make "//tickets".
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return URI.create(url);
    }

    static String checkApiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be null or blank");
        }
        if (apiKey.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("apiKey must not contain control characters (line breaks, tabs)");
        }
        return apiKey;
    }

    static Duration checkPositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
        return duration;
    }

    @Override
    public String toString() {
        return "[baseUrl=" + baseUrl + ", apiKey=****, connectTimeout="
            + (httpClient != null ? "(from the given HttpClient)" : connectTimeout)
            + ", requestTimeout=" + requestTimeout + ", retries=" + retries + "]";
    }
}
