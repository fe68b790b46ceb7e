package com.skylightchat.tickets.stub.loader;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How the stub authenticates to a Pact Broker, as the Pact CLIs do: a bearer token ({@code Authorization: Bearer …};
 * PactFlow, or a broker with tokens), basic authentication ({@code Authorization: Basic …}; a self-hosted broker), or
 * none. Sent with every request without waiting for a challenge, like the Pact CLIs. The secrets never show:
 * {@link #toString()} names only the kind (and the user), and {@link #redact} masks them in any text a broker sent.
 *
 * @param token    bearer token, or {@code null}
 * @param username basic-auth user, or {@code null}
 * @param password basic-auth password, or {@code null} (an empty one then)
 */
public record BrokerCredentials(String token, String username, String password) {

    /** No {@code Authorization} header: a broker that allows anonymous reads. */
    public static final BrokerCredentials NONE = new BrokerCredentials(null, null, null);

    public BrokerCredentials {
        if (token != null && username != null) {
            throw new IllegalArgumentException("a Pact Broker takes a token or a username and password, not both");
        }
        if (password != null && username == null) {
            throw new IllegalArgumentException("a Pact Broker password needs a username");
        }
    }

    public static BrokerCredentials token(String token) {
        return new BrokerCredentials(token, null, null);
    }

    public static BrokerCredentials basic(String username, String password) {
        return new BrokerCredentials(null, username, password);
    }

    /** The {@code Authorization} header value, or {@code null} without credentials. */
    String authorization() {
        if (token != null) {
            return "Bearer " + token;
        }
        if (username == null) {
            return null;
        }
        String pair = username + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code text} with the token, the password and the header value replaced by {@code ****}. */
    String redact(String text) {
        String redacted = text;
        for (String secret : new String[] {authorization(), token, password}) {
            if (secret != null && !secret.isEmpty()) {
                redacted = redacted.replace(secret, "****");
            }
        }
        return redacted;
    }

    @Override
    public String toString() {
        return token != null ? "bearer token ****" : username != null ? "basic auth as " + username + " ****" : "none";
    }
}
