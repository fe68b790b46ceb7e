package com.skylightchat.tickets.stub.testing;

import com.skylightchat.tickets.stub.Mode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the tickets stub in-process for a test class: started once before the first test on a random loopback port,
 * stopped after the last one, its request journal emptied before every test.
 *
 * <p>Test methods and lifecycle methods may declare parameters of type {@link TicketsStubInfo} (URL, port, journal),
 * {@link com.skylightchat.tickets.client.TicketsClient} (a client pointed at the stub with {@link #apiKey()}) and
 * {@code @}{@link StubBaseUrl} {@link java.net.URI} or {@link String}. {@code @Nested} classes share the stub of
 * their enclosing class. For a stub configured in code, register a {@link TicketsStubExtension} instead.
 *
 * <p>{@code mode = Mode.SIMULATE} runs the stateful simulator instead of the pacts (test your application's flows
 * rather than your client's contract); its data lives as long as the stub, and
 * {@link TicketsStubInfo#simulator()} seeds it, answers as the support team and resets it.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TicketsStubExtension.class)
public @interface TicketsStubTest {
    /**
     * Pact files or directories of pact files to serve instead of the pacts embedded in the stub. A plain path is
     * resolved against the working directory (the module directory under Maven); {@code classpath:pacts/x.json}
     * names a test resource. Empty (the default) serves the embedded pacts.
     */
    String[] pacts() default {};

    /**
     * What answers: {@link Mode#REPLAY} (the default) replays the pacts; {@link Mode#SIMULATE} runs the in-memory
     * simulator of the API, which serves no pacts (then {@link #pacts()} must stay empty).
     */
    Mode mode() default Mode.REPLAY;

    /**
     * The {@code X-Api-Key} the injected client sends. Empty (the default): the key the served pacts were recorded
     * with, so the client's requests match them. In simulate mode the simulator accepts exactly this key (default:
     * {@code test-api-key}, the pacts' key).
     */
    String apiKey() default "";

    /**
     * What a request the contract does not have means: by default it fails the test after it ran, with the stub's
     * explanation (a test must not pass because the code handled the stub's 404).
     */
    UnmatchedRequests unmatchedRequests() default UnmatchedRequests.FAIL;

    /**
     * Faults every test starts with, in the stub's {@code --fault} notation, e.g.
     * {@code "path=/api/v1/tickets/14,status=503,retry-after=1,times=2"} or {@code "delay=2s"}. A test may add more
     * through {@link TicketsStubInfo#faults()}; they are cleared before the next test.
     */
    String[] faults() default {};
}
