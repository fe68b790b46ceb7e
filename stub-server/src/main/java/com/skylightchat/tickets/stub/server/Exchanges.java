package com.skylightchat.tickets.stub.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.skylightchat.tickets.stub.matching.IncomingRequest;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small adapters between Undertow exchanges and the stub's library-independent types: reading an
 * {@link IncomingRequest}, measuring headers, writing JSON and raw responses. Stateless, thread-safe.
 */
public final class Exchanges {

    /** Created on first use: most requests are pact replays that never need Jackson (start-up time). */
    private static final class Holder {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private Exchanges() {
    }

    /** Shared JSON mapper for every body the stub itself produces (errors, admin answers). */
    public static ObjectMapper json() {
        return Holder.JSON;
    }

    static IncomingRequest request(HttpServerExchange exchange, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HeaderValues values : exchange.getRequestHeaders()) {
            headers.put(values.getHeaderName().toString(), new ArrayList<>(values));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Map.Entry<String, Deque<String>> param : exchange.getQueryParameters().entrySet()) {
            query.put(param.getKey(), new ArrayList<>(param.getValue()));
        }
        return new IncomingRequest(exchange.getRequestMethod().toString().toUpperCase(Locale.ROOT),
                exchange.getRequestPath(), query, headers, body);
    }

    /** Total bytes of header names and values, as the 431 limit counts them. */
    static int headerBytes(HttpServerExchange exchange) {
        int total = 0;
        for (HeaderValues values : exchange.getRequestHeaders()) {
            int nameLength = values.getHeaderName().length();
            for (String value : values) {
                total += nameLength + value.length() + 4;
            }
        }
        return total;
    }

    /** Sends {@code body} as pretty JSON with the given status. */
    public static void sendJson(HttpServerExchange exchange, int status, Object body) {
        byte[] bytes;
        try {
            bytes = json().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            status = 500;
            bytes = ("{\"error\":\"cannot write the answer as JSON\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
    }

    /** A stub-made error body: {@code {"error": …, extra…}}. */
    static Map<String, Object> error(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return body;
    }
}
