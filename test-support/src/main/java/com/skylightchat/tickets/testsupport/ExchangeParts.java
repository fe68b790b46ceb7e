package com.skylightchat.tickets.testsupport;

import com.skylightchat.tickets.spec.validation.ApiRequest;
import com.skylightchat.tickets.spec.validation.ApiResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The JDK HTTP client's pieces as plain values, for judging exchanges against the spec: a request body publisher's
 * bytes, a URI's query parameters, and a response already read handed to the caller's body handler as if it came
 * from the wire.
 */
public final class ExchangeParts {

    private ExchangeParts() {
    }

    /** What the publisher publishes, as UTF-8 text (the generated client's bodies are small JSON). */
    static String text(HttpRequest.BodyPublisher publisher) {
        CompletableFuture<String> text = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            private final StringBuilder chunks = new StringBuilder();

            @Override public void onSubscribe(Flow.Subscription subscription) { subscription.request(Long.MAX_VALUE); }
            @Override public void onNext(ByteBuffer item) { chunks.append(StandardCharsets.UTF_8.decode(item)); }
            @Override public void onError(Throwable error) { text.completeExceptionally(error); }
            @Override public void onComplete() { text.complete(chunks.toString()); }
        });
        return text.join();
    }

    /** {@code request} as the spec validator takes it; {@code body} the text sent, {@code null} or empty for none. */
    static ApiRequest apiRequest(HttpRequest request, String body) {
        URI uri = request.uri();
        return new ApiRequest(request.method(), uri.getRawPath(), query(uri), request.headers().map(),
            body == null || body.isEmpty() ? null : body);
    }

    /** {@code response} as the spec validator takes it, with its body as read. */
    static ApiResponse apiResponse(HttpResponse<?> response, String body) {
        return new ApiResponse(response.statusCode(), response.headers().map(), body);
    }

    /** The query parameters of {@code uri}, decoded, in order. */
    public static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    /** {@code response} with its body run through {@code handler}, as the caller asked for it. */
    static <T> HttpResponse<T> replayed(HttpResponse<byte[]> response, HttpResponse.BodyHandler<T> handler) {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override public int statusCode() { return response.statusCode(); }
            @Override public java.net.http.HttpHeaders headers() { return response.headers(); }
            @Override public java.net.http.HttpClient.Version version() { return response.version(); }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override public void request(long n) { }
            @Override public void cancel() { }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(response.body())));
        subscriber.onComplete();
        T body = subscriber.getBody().toCompletableFuture().join();
        return new Replayed<>(response, body);
    }

    private record Replayed<T>(HttpResponse<byte[]> wire, T body) implements HttpResponse<T> {
        @Override public int statusCode() { return wire.statusCode(); }
        @Override public HttpRequest request() { return wire.request(); }
        @Override public java.util.Optional<HttpResponse<T>> previousResponse() { return java.util.Optional.empty(); }
        @Override public java.net.http.HttpHeaders headers() { return wire.headers(); }
        @Override public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return wire.sslSession(); }
        @Override public URI uri() { return wire.uri(); }
        @Override public java.net.http.HttpClient.Version version() { return wire.version(); }
    }
}
