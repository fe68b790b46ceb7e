package com.skylightchat.tickets.stub.matching;

import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.testing.Fixtures;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link IncomingRequest}s for matcher tests. */
final class Requests {

    private final String method;
    private final String path;
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];

    private Requests(String method, String path) {
        this.method = method;
        this.path = path;
    }

    static Requests get(String path) {
        return new Requests("GET", path);
    }

    static Requests post(String path, String json) {
        Requests r = new Requests("POST", path);
        r.body = json.getBytes(StandardCharsets.UTF_8);
        return r.header("Content-Type", "application/json");
    }

    Requests header(String name, String value) {
        headers.put(name, List.of(value));
        return this;
    }

    Requests withKey() {
        return header("X-Api-Key", Fixtures.API_KEY);
    }

    Requests query(String name, String value) {
        query.put(name, List.of(value));
        return this;
    }

    IncomingRequest build() {
        return new IncomingRequest(method, path, query, headers, body);
    }
}
