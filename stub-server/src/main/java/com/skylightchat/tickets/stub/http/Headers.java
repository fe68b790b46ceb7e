package com.skylightchat.tickets.stub.http;

import java.util.List;
import java.util.Map;

/** Header lookups as HTTP means them: names compared without regard to case. */
public final class Headers {

    private Headers() {
    }

    /** The first value of header {@code name} in {@code headers}, or {@code null}. */
    public static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
