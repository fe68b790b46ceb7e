package com.skylightchat.tickets.stub.verification;

import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.admin.AdminRoutes;
import com.skylightchat.tickets.stub.StubServer;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.TestAbortedException;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pact JVM's provider verifier checks a provider against the pacts. By default the provider is the stub: the pact
 * recorded in this build against a stub on the embedded pacts (what {@code java -jar tickets-stub-server.jar} serves),
 * each hand-written fixture against a stub on that fixture. With {@code -Dtickets.verify.baseUrl=…} it verifies a
 * running deployment instead, exactly as the README's command runs it (see {@link VerificationTarget}); the build
 * runs it that way too, against a stub started as a separate process (the {@code stand-in-deployment} execution).
 *
 * <p>States are set through the target's state-change URL. An interaction whose state the target refuses to set up
 * is reported as aborted with the reason, not as a failure of the provider — unless the target must set up every
 * state ({@code tickets.verify.statesRequired}, the simulator's stand-in execution): then it fails, naming the state.
 * One that needs a state, fails, and had no state-change URL to set it is reported as aborted too.
 */
@Provider("skylight-tickets-api")
@PactSource(VerifiedPacts.class)
@IgnoreMissingStateChange
class ProviderVerificationIT {

    private static final Map<String, StubServer> STUBS = new ConcurrentHashMap<>();
    private static final VerificationTarget TARGET = VerificationTarget.fromEnvironment();
    private static final StateChanges STATES = new StateChanges();

    @BeforeAll
    static void waitForTheDeployment() throws InterruptedException {
        if (TARGET.isRealDeployment()) {
            TARGET.awaitReachable(Duration.ofSeconds(60));
        }
    }

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
            stateChange = stub.baseUrl().resolve(AdminRoutes.PREFIX + "provider-states");
        }
        context.setTarget(HttpTestTarget.fromUrl(base.toURL()));
        List<ProviderState> states = context.getInteraction().getProviderStates();
        if (stateChange != null) {
            Optional<String> refused = STATES.setUp(stateChange, states);
            if (refused.isPresent() && TARGET.statesRequired()) {
                throw new AssertionError("the target cannot set up a state of the pacts: " + refused.get());
            }
            if (refused.isPresent()) {
                throw new TestAbortedException("not verified: " + refused.get());
            }
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void targetAnswersEveryInteractionAsRecorded(PactVerificationContext context, HttpRequest request) {
        Header recorded = request.getFirstHeader("X-Api-Key");
        if (recorded != null) {
            request.setHeader("X-Api-Key", TARGET.keyFor(recorded.getValue()));
        }
        List<ProviderState> states = context.getInteraction().getProviderStates();
        try {
            context.verifyInteraction();
        } catch (AssertionError failure) {
            if (TARGET.isRealDeployment() && TARGET.stateChangeUrl() == null && !states.isEmpty()) {
                throw new TestAbortedException("not verified: it needs provider state '" + states.get(0).getName()
                        + "', which cannot be set without tickets.verify.stateChangeUrl", failure);
            }
            throw failure;
        }
    }

    private static StubServer stubFor(File pactFile) {
        boolean recorded = VerifiedPacts.isRecorded(pactFile);
        String key = recorded ? "recorded" : pactFile.getPath();
        return STUBS.computeIfAbsent(key, k -> StubServer.start(StubConfig.builder()
                .pacts(recorded ? List.of() : List.of(pactFile.toPath())).port(0).requestLog(false).build()));
    }
}
