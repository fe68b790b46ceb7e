package com.skylightchat.tickets.stub.matching;

import com.skylightchat.tickets.stub.http.IncomingRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a match decision can depend on: method, path, the query (sorted by name, values in order), the
 * values of the headers the candidate interactions constrain, the body bytes and the selected provider state.
 * Two requests with equal keys get the same decision, which is what makes caching decisions correct.
 */
final class MatchKey {

    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final List<String> headerValues;
    private final byte[] body;
    private final String state;
    private final int hash;

    MatchKey(IncomingRequest request, Candidates candidates, String state) {
        this.method = request.method();
        this.path = request.path();
        // The map itself, not its text: two different queries can print alike (a value holding ", x=[").
        this.query = request.query().isEmpty() ? Map.of() : new TreeMap<>(request.query());
        this.headerValues = headerValues(request.headers(), candidates.headerNames());
        this.body = request.body();
        this.state = state;
        this.hash = Objects.hash(method, path, query, headerValues, state) * 31 + Arrays.hashCode(body);
    }

    /** The values of the named headers, in the order of {@code names} (lower case), comma-joined as HTTP allows. */
    private static List<String> headerValues(Map<String, List<String>> headers, List<String> names) {
        String[] values = new String[names.size()];
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            for (int at = 0; at < values.length; at++) {
                if (names.get(at).equalsIgnoreCase(e.getKey())) {
                    String value = e.getValue().size() == 1 ? e.getValue().get(0) : String.join(",", e.getValue());
                    values[at] = values[at] == null ? value : values[at] + "," + value;
                }
            }
        }
        return Arrays.asList(values);
    }

    /** Bytes this key keeps alive, roughly; the cache skips very large bodies. */
    int bodyLength() {
        return body.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchKey k && hash == k.hash && method.equals(k.method) && path.equals(k.path)
                && query.equals(k.query) && headerValues.equals(k.headerValues) && Objects.equals(state, k.state)
                && Arrays.equals(body, k.body);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
