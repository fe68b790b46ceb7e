package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.http.IncomingRequest;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;

import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads an Undertow exchange into the stub's {@link IncomingRequest}. Stateless. */
final class Requests {

    private Requests() {
    }

    static IncomingRequest of(HttpServerExchange exchange, byte[] body) {
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
}
