package com.skylightchat.tickets.stub.verification;

import au.com.dius.pact.core.model.ProviderState;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Pact state-change protocol, as a verifier speaks it: before an interaction, a teardown POST for each state the
 * previous interaction set up at the same URL (so none lingers), then a setup POST for each of this interaction's
 * states. A setup the provider refuses is returned as the reason, so the suite can report the interaction as "state
 * could not be set" rather than as a failure of the provider. Thread-safe.
 */
final class StateChanges {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * HTTP/1.1, as Pact's verifiers send state changes: the JDK client's default would first try to upgrade each new
     * connection to h2c, which no verifier does to a provider.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<URI, List<ProviderState>> active = new ConcurrentHashMap<>();

    /** Sets up {@code states} at {@code url}; empty when all were set up, otherwise why one was not. */
    Optional<String> setUp(URI url, List<ProviderState> states) {
        for (ProviderState previous : active.getOrDefault(url, List.of())) {
            post(url, previous, "teardown");
        }
        active.remove(url);
        for (ProviderState state : states) {
            Optional<String> refused = post(url, state, "setup");
            if (refused.isPresent()) {
                return Optional.of("provider state '" + state.getName() + "' could not be set up at " + url + ": "
                        + refused.get());
            }
        }
        active.put(url, List.copyOf(states));
        return Optional.empty();
    }

    private static Optional<String> post(URI url, ProviderState state, String action) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("state", state.getName());
        change.put("params", state.getParams());
        change.put("action", action);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(change))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? Optional.empty()
                    : Optional.of("HTTP " + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            return Optional.of(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
