package com.skylightchat.tickets.stub.testing;

import com.skylightchat.tickets.stub.loader.StubInteraction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@code X-Api-Key} the pacts were recorded with, so the client handed to tests sends a key the stub's
 * interactions accept without the test having to know it. Pacts also record what a wrong key gets (401), so the
 * key sent by most interactions wins; on a tie, the first one seen. Reads the interactions the started stub
 * serves, as Pact JVM loaded them: the same files, the same header values.
 */
final class PactApiKey {
    private static final String HEADER = "x-api-key";

    private PactApiKey() {
    }

    /** The recorded key, or empty when no interaction sends one. */
    static Optional<String> find(List<StubInteraction> interactions) {
        return mostSent(interactions.stream().map(interaction -> interaction.request().getHeaders()).toList());
    }

    /** The key most of these request header maps (name → values) send, names in any case. */
    static Optional<String> mostSent(List<Map<String, List<String>>> requestHeaders) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map<String, List<String>> headers : requestHeaders) {
            headers.forEach((name, values) -> {
                if (name.equalsIgnoreCase(HEADER) && !values.isEmpty() && !values.get(0).isBlank()) {
                    counts.merge(values.get(0), 1, Integer::sum);
                }
            });
        }
        // Strictly greater replaces the best so far, so on a tie the key seen first stays.
        return counts.entrySet().stream()
            .reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
            .map(Map.Entry::getKey);
    }
}
