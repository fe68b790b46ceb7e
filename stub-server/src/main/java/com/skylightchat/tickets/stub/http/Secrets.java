package com.skylightchat.tickets.stub.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Masks secret header values (API keys, credentials) wherever the stub shows headers: near-miss reasons (and so
 * the request log), admin journal, 404 bodies. A masked value keeps only its length, so "a key was sent" stays
 * visible. In the lowest layer, so that every part of the stub uses this one list.
 */
public final class Secrets {

    private static final Set<String> SECRET = Set.of("x-api-key", "authorization", "proxy-authorization", "cookie",
            "set-cookie", "x-stub-admin-token");

    private Secrets() {
    }

    public static boolean isSecret(String headerName) {
        return SECRET.contains(headerName.toLowerCase(Locale.ROOT));
    }

    public static String mask(String value) {
        return value == null ? null : "****(" + value.length() + " chars)";
    }

    /** A copy of the headers with secret values masked. */
    public static Map<String, List<String>> masked(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name,
                isSecret(name) ? values.stream().map(Secrets::mask).toList() : values));
        return copy;
    }
}
