package com.skylightchat.tickets.testsupport;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the provider received it.
 *
 * @param method        e.g. {@code POST}
 * @param path          the raw path, e.g. {@code /api/v1/tickets/14/reply}
 * @param rawQuery      the raw query string, or null when there was none
 * @param headers       header names in lower case, each with its values
 * @param body          the body as UTF-8 text, empty when none
 * @param receivedNanos {@link System#nanoTime()} when the request arrived, to measure the pauses between requests
 */
public record RecordedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
                              String body, long receivedNanos) {

    /** The only value of a header (case-insensitive name), or null; fails when it was sent more than once. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        if (values == null) {
            return null;
        }
        if (values.size() != 1) {
            throw new AssertionError("Header " + name + " was sent " + values.size() + " times: " + values);
        }
        return values.get(0);
    }
}
