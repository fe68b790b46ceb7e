package com.skylightchat.tickets.stub.loader;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.stub.http.Json;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;

/**
 * Puts what went wrong with a Pact Broker into words: a refused or failed answer with the broker's own message (its
 * {@code error}, {@code errors} or {@code message}, or the start of a text body; never a whole HTML page), and a
 * failure to connect. Messages stay short, since they end up in one log line or one line on stderr.
 */
final class BrokerAnswers {

    private static final int SHOWN = 200;

    private BrokerAnswers() {
    }

    /** A non-2xx answer: the status, the broker's message and, for 3xx, 401 and 403, what to do. */
    static String status(HttpResponse<byte[]> response, BrokerSettings settings) {
        int status = response.statusCode();
        String said = message(response);
        if (status / 100 == 3) {
            return "the Pact Broker redirects (HTTP " + status + ") to "
                    + response.headers().firstValue("Location").orElse("nowhere")
                    + "; redirects are not followed (they would carry the credentials along): use that URL";
        }
        if (status == 401) {
            return "the Pact Broker refused the request (HTTP 401: " + said + "); "
                    + (settings.credentials().equals(BrokerCredentials.NONE)
                    ? "no credentials were sent: set PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME and "
                    + "PACT_BROKER_PASSWORD (or --broker-token, --broker-username and --broker-password)"
                    : "check the credentials (" + settings.credentials() + ")");
        }
        if (status == 403) {
            return "the Pact Broker refused the request (HTTP 403: " + said + "); the credentials ("
                    + settings.credentials() + ") may not read these pacts";
        }
        return "the Pact Broker answered HTTP " + status + ": " + said;
    }

    /** The broker's message in an error answer, or what the body looks like. */
    static String message(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        try {
            JsonNode json = Json.mapper().readTree(body);
            for (String field : new String[] {"error", "errors", "message", "title"}) {
                JsonNode said = json == null ? null : json.get(field);
                if (said != null && !said.isNull()) {
                    JsonNode text = said.isObject() && said.has("message") ? said.get("message") : said;
                    return start(text.isTextual() ? text.asText() : text.toString());
                }
            }
        } catch (IOException e) {
            // not JSON: described below
        }
        if (response.headers().firstValue("Content-Type").orElse("").contains("html")) {
            return "an HTML page";
        }
        return body.isBlank() ? "no message" : "'" + start(body) + "'";
    }

    /** The first {@value #SHOWN} characters of {@code text}, on one line. */
    static String start(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "…";
    }

    /**
     * A connection failure as words: an unknown host by name, else the first message in the chain of causes; the
     * JDK client reports a refused connection as a {@link ConnectException} without one.
     */
    static String describe(Throwable error, URI url) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return "unknown host " + url.getHost();
            }
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return error instanceof ConnectException ? "connection refused" : error.getClass().getSimpleName();
    }
}
