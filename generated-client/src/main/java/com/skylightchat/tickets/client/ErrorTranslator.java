package com.skylightchat.tickets.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.client.invoker.ApiException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Turns the generator's {@link ApiException} into a {@link TicketsClientException} with a message a person can act
 * on. The {@code ApiException} is never kept as the cause (so it cannot leak); for transport failures the JDK's
 * own exception is. Every message passes through {@link #redact} so the API key cannot appear even if a server
 * echoes it back.
 */
final class ErrorTranslator {
    private static final int SNIPPET_LIMIT = 200;

    private final ObjectMapper mapper;
    private final Pattern secret;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    ErrorTranslator(ObjectMapper mapper, String apiKey, Duration connectTimeout, Duration requestTimeout) {
        this.mapper = mapper;
        this.secret = Pattern.compile("(?<![A-Za-z0-9])(?:" + Pattern.quote(apiKey) + "|"
            + Pattern.quote(apiKey.replace("/", "\\/")) + ")(?![A-Za-z0-9])");
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    TicketsClientException translate(Operation operation, ApiException e) {
        if (e.getCode() != 0) {
            return httpError(operation, e.getCode(), ErrorBody.parse(mapper, e.getResponseBody(), this::redact));
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String prefix = operation.describe();
        if (cause instanceof HttpConnectTimeoutException) {
            return timedOut(operation, prefix + " timed out: no connection within the connect timeout"
                + (connectTimeout != null ? " of " + connectTimeout : " of the given HttpClient"), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut(operation, prefix + " timed out: no response within the request timeout of "
                + requestTimeout, cause);
        }
        if (cause instanceof JsonProcessingException) {
            return failure(operation, prefix + " succeeded but its response body is not the JSON the spec describes: "
                + ((JsonProcessingException) cause).getOriginalMessage(), cause);
        }
        if (cause instanceof InterruptedException) {
            return failure(operation, prefix + " was interrupted while waiting for the response", cause);
        }
        return failure(operation, prefix + " could not be completed: " + cause, cause == e ? null : cause);
    }

    /** {@code last} with the attempts' story appended to its message (redacted: it quotes I/O messages). */
    TicketsClientException afterAttempts(TicketsClientException last, int attempts, String history) {
        return new TicketsClientException(last, attempts, redact(history));
    }

    /** A 2xx answer that cannot be used, e.g. a page other than the one asked for; {@code why} follows the call. */
    TicketsClientException unusableAnswer(Operation operation, String why) {
        return failure(operation, operation.describe() + " " + why, null);
    }

    TicketsClientException emptyAnswer(Operation operation) {
        return failure(operation, operation.describe()
            + " succeeded but its response has no \"data\" (the spec's envelope is {\"success\":true,\"data\":...})",
            null);
    }

    private TicketsClientException httpError(Operation operation, int status, ErrorBody body) {
        StringBuilder message = new StringBuilder(operation.describe()).append(" failed with HTTP ").append(status);
        // The message and a message-less JSON body are shown in full: that is where a server (or the stub's
        // "no interaction matched" answer) explains itself. Only a non-JSON body, typically a proxy's HTML page,
        // is cut to a snippet.
        if (body.message() != null) {
            message.append(": ").append(body.message());
        } else if (body.raw() == null || body.raw().isBlank()) {
            message.append(" and an empty body");
        } else if (body.json() != null) {
            message.append(" and a JSON body without a message: ").append(body.json());
        } else {
            message.append(" and a non-JSON body: ").append(snippet(body.raw()));
        }
        if (!body.fieldErrors().isEmpty()) {
            message.append(" ").append(body.fieldErrors());
        }
        return new TicketsClientException(operation, status, message.toString(), body, false, null);
    }

    /** No usable answer: refused, interrupted, unreadable or unusable. */
    private TicketsClientException failure(Operation operation, String message, Throwable cause) {
        return new TicketsClientException(operation, 0, redact(message), ErrorBody.NONE, false, cause);
    }

    /** No answer in time: {@link TicketsClientException#isTimeout()} is true. */
    private TicketsClientException timedOut(Operation operation, String message, Throwable cause) {
        return new TicketsClientException(operation, 0, redact(message), ErrorBody.NONE, true, cause);
    }

    private static String snippet(String raw) {
        String oneLine = raw.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SNIPPET_LIMIT ? oneLine : oneLine.substring(0, SNIPPET_LIMIT) + "…";
    }

    /**
     * The key where it stands as a token of its own, also as PHP's {@code json_encode} writes it by default (with
     * {@code /} as {@code \/}); inside a longer run of letters and digits it is not the key (a short test key such as
     * {@code 1} must not turn {@code /api/v1} into {@code /api/v****}).
     */
    private String redact(String text) {
        return text == null ? null : secret.matcher(text).replaceAll("****");
    }
}
