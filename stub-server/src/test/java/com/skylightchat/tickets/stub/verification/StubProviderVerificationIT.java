package com.skylightchat.tickets.stub.verification;

import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pact JVM's provider verifier checks the stub against every pact embedded in this build and the hand-written
 * V3 and V4 fixtures (see {@link VerifiedPacts}). Embedded pacts are verified against a stub started on the
 * embedded pacts — exactly what {@code java -jar tickets-stub-server.jar} serves; each fixture against a stub on
 * that fixture. Provider states are set through the stub's state-change endpoint, as any Pact verifier would.
 *
 * <p>With {@code -Dtickets.verify.baseUrl=https://…} (and {@code tickets.verify.apiKey}, optionally
 * {@code tickets.verify.stateChangeUrl}) the same suite verifies a real deployment instead; see the README.
 */
@Provider("skylight-tickets-api")
@PactSource(VerifiedPacts.class)
@IgnoreMissingStateChange
class StubProviderVerificationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, StubServer> STUBS = new ConcurrentHashMap<>();
    private static final VerificationTarget TARGET = VerificationTarget.fromEnvironment();
    /** The states set up at each state-change URL by the interaction verified last. */
    private static final Map<URI, List<ProviderState>> ACTIVE_STATES = new ConcurrentHashMap<>();

    @AfterAll
    static void stopStubs() {
        STUBS.values().forEach(StubServer::close);
        STUBS.clear();
    }

    @BeforeEach
    void pointTheVerifierAtTheTargetInItsState(PactVerificationContext context) throws Exception {
        URI base;
        URI stateChange;
        if (TARGET.isRealDeployment()) {
            base = TARGET.baseUrl().orElseThrow();
            stateChange = TARGET.stateChangeUrl();
        } else {
            StubServer stub = stubFor(((FileSource) context.getPact().getSource()).getFile());
            base = stub.baseUrl();
            stateChange = stub.baseUrl().resolve(StubConfig.ADMIN_PREFIX + "provider-states");
        }
        context.setTarget(HttpTestTarget.fromUrl(base.toURL()));
        if (stateChange != null) {
            changeStates(stateChange, context.getInteraction().getProviderStates());
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void targetAnswersEveryInteractionAsRecorded(PactVerificationContext context, HttpRequest request) {
        if (TARGET.apiKey() != null) {
            request.setHeader("X-Api-Key", TARGET.apiKey());
        }
        context.verifyInteraction();
    }

    private static StubServer stubFor(File pactFile) {
        boolean embedded = VerifiedPacts.isEmbedded(pactFile);
        String key = embedded ? "embedded" : pactFile.getPath();
        return STUBS.computeIfAbsent(key, k -> StubServer.start(StubConfig.builder()
                .pacts(embedded ? List.of() : List.of(pactFile.toPath())).port(0).requestLog(false).build()));
    }

    /**
     * The Pact state-change protocol: a teardown POST for each state the previous interaction set up at this URL
     * (so none lingers into a stateless interaction), then a setup POST for each of this interaction's states.
     */
    private static void changeStates(URI url, List<ProviderState> states) throws IOException, InterruptedException {
        for (ProviderState previous : ACTIVE_STATES.getOrDefault(url, List.of())) {
            post(url, change(previous, "teardown"));
        }
        ACTIVE_STATES.remove(url);
        for (ProviderState state : states) {
            post(url, change(state, "setup"));
        }
        ACTIVE_STATES.put(url, List.copyOf(states));
    }

    private static Map<String, Object> change(ProviderState state, String action) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("state", state.getName());
        change.put("params", state.getParams());
        change.put("action", action);
        return change;
    }

    private static void post(URI url, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(java.net.http.HttpRequest.newBuilder(url)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("state change %s: %s", body, response.body()).isEqualTo(200);
    }
}
