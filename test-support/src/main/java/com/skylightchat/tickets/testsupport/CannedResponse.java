package com.skylightchat.tickets.testsupport;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link LoopbackHttpServer} answers: a status, a body with its content type, extra headers (e.g.
 * {@code Retry-After}), and an optional delay before the answer (to provoke client timeouts).
 *
 * @param status      HTTP status
 * @param contentType the Content-Type header, or null for none
 * @param body        the body text (UTF-8), empty for none
 * @param delay       how long to wait before answering
 * @param headers     further response headers, in order
 */
public record CannedResponse(int status, String contentType, String body, Duration delay, Map<String, String> headers)
    implements Answer {

    public CannedResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static CannedResponse json(int status, String body) {
        return new CannedResponse(status, "application/json", body, Duration.ZERO, Map.of());
    }

    /** JSON as a Pact Broker serves it (HAL). */
    public static CannedResponse halJson(int status, String body) {
        return text(status, "application/hal+json;charset=utf-8", body);
    }

    public static CannedResponse text(int status, String contentType, String body) {
        return new CannedResponse(status, contentType, body, Duration.ZERO, Map.of());
    }

    public CannedResponse after(Duration delay) {
        return new CannedResponse(status, contentType, body, delay, headers);
    }

    public CannedResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new CannedResponse(status, contentType, body, delay, more);
    }
}
