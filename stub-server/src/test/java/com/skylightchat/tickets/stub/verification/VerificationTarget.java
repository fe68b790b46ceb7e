package com.skylightchat.tickets.stub.verification;

import java.net.URI;
import java.util.Optional;

/**
 * Where the provider suite sends its requests. By default nowhere real: each pact is verified against a stub
 * started for it. With {@code tickets.verify.baseUrl} (or {@code TICKETS_VERIFY_BASE_URL}) set, the same suite
 * verifies a real deployment instead, with the API key from {@code tickets.verify.apiKey} /
 * {@code TICKETS_VERIFY_API_KEY} and, optionally, a state-change URL from {@code tickets.verify.stateChangeUrl} /
 * {@code TICKETS_VERIFY_STATE_CHANGE_URL}.
 *
 * @param baseUrl        the deployment's base URL, empty for stub mode
 * @param apiKey         the key to put in {@code X-Api-Key} instead of the pact's, or {@code null}
 * @param stateChangeUrl the deployment's state-change endpoint, or {@code null}
 */
record VerificationTarget(Optional<URI> baseUrl, String apiKey, URI stateChangeUrl) {

    static VerificationTarget fromEnvironment() {
        String base = setting("tickets.verify.baseUrl", "TICKETS_VERIFY_BASE_URL");
        String states = setting("tickets.verify.stateChangeUrl", "TICKETS_VERIFY_STATE_CHANGE_URL");
        return new VerificationTarget(Optional.ofNullable(base).map(URI::create),
                setting("tickets.verify.apiKey", "TICKETS_VERIFY_API_KEY"),
                states == null ? null : URI.create(states));
    }

    boolean isRealDeployment() {
        return baseUrl.isPresent();
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
