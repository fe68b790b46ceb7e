package com.skylightchat.tickets.client.testing;

import java.time.Duration;

/**
 * What {@link RecordingServer} answers: a status, a body with its content type, and an optional delay before
 * the answer (to provoke client timeouts).
 *
 * @param status      HTTP status
 * @param contentType the Content-Type header, or null for none
 * @param body        the body text (UTF-8), empty for none
 * @param delay       how long to wait before answering
 */
public record CannedResponse(int status, String contentType, String body, Duration delay) {

    public static CannedResponse json(int status, String body) {
        return new CannedResponse(status, "application/json", body, Duration.ZERO);
    }

    public static CannedResponse text(int status, String contentType, String body) {
        return new CannedResponse(status, contentType, body, Duration.ZERO);
    }

    public CannedResponse after(Duration delay) {
        return new CannedResponse(status, contentType, body, delay);
    }
}
