package com.skylightchat.tickets.stub.verification;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the provider suite sends its requests. By default nowhere real: each pact is verified against a stub
 * started for it in this JVM. With {@code tickets.verify.baseUrl} (or {@code TICKETS_VERIFY_BASE_URL}) the same suite
 * verifies a running deployment instead — the provider's origin, since the pacts carry the full paths
 * ({@code /api/v1/...}):
 * <ul>
 *   <li>{@code tickets.verify.apiKey} / {@code TICKETS_VERIFY_API_KEY}: the deployment's key, sent instead of the
 *       valid key the pacts were recorded with ({@code tickets.verify.recordedApiKey}, default {@value #RECORDED_KEY});
 *       requests recorded with another (wrong) key keep it, so the 401 interactions stay 401s;</li>
 *   <li>{@code tickets.verify.stateChangeUrl} / {@code TICKETS_VERIFY_STATE_CHANGE_URL}: where provider states are
 *       set up, with the Pact state-change protocol;</li>
 *   <li>{@code tickets.verify.statesRequired=true} / {@code TICKETS_VERIFY_STATES_REQUIRED}: a provider state the
 *       target refuses to set up fails the verification, naming the state (for a target that claims every state of
 *       the pacts, such as the simulator); otherwise the interaction is reported as not verified.</li>
 * </ul>
 *
 * @param baseUrl        the deployment's origin, empty for stub mode
 * @param apiKey         the key to send instead of {@code recordedKey}, or {@code null}
 * @param recordedKey    the valid key the pacts were recorded with
 * @param stateChangeUrl the deployment's state-change endpoint, or {@code null}
 * @param statesRequired whether a state the target refuses fails the verification
 */
record VerificationTarget(Optional<URI> baseUrl, String apiKey, String recordedKey, URI stateChangeUrl,
                          boolean statesRequired) {

    static final String RECORDED_KEY = "test-api-key";

    static VerificationTarget fromEnvironment() {
        String base = setting("tickets.verify.baseUrl", "TICKETS_VERIFY_BASE_URL");
        String states = setting("tickets.verify.stateChangeUrl", "TICKETS_VERIFY_STATE_CHANGE_URL");
        String recorded = setting("tickets.verify.recordedApiKey", "TICKETS_VERIFY_RECORDED_API_KEY");
        return new VerificationTarget(Optional.ofNullable(base).map(URI::create),
                setting("tickets.verify.apiKey", "TICKETS_VERIFY_API_KEY"),
                recorded == null ? RECORDED_KEY : recorded, states == null ? null : URI.create(states),
                Boolean.parseBoolean(setting("tickets.verify.statesRequired", "TICKETS_VERIFY_STATES_REQUIRED")));
    }

    boolean isRealDeployment() {
        return baseUrl.isPresent();
    }

    /** The key to send for a request recorded with {@code recorded}: the deployment's for the valid one. */
    String keyFor(String recorded) {
        return apiKey != null && recordedKey.equals(recorded) ? apiKey : recorded;
    }

    /**
     * Waits up to {@code patience} until the deployment answers anything over HTTP (a deployment that was just
     * started, or the build's stand-in stub, may still be starting).
     */
    void awaitReachable(Duration patience) throws InterruptedException {
        URI origin = baseUrl.orElseThrow();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                client.send(HttpRequest.newBuilder(origin).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the deployment at " + origin + " did not answer within "
                            + patience.toSeconds() + " s", e);
                }
                Thread.sleep(100);
            } catch (IOException e) {
                return; // it answered, just not with a clean HTTP exchange; the verification will say more
            }
        }
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
