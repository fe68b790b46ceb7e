package com.skylightchat.tickets.stub.testing;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.stub.Mode;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.faults.FaultRule;
import com.skylightchat.tickets.stub.faults.FaultSpecs;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs the tickets stub in-process for JUnit 5 tests, in two forms (like WireMock's extension):
 * <ul>
 *   <li>declarative, through {@link TicketsStubTest} on the class: one stub per class, shared by {@code @Nested}
 *       classes, configured by the annotation;</li>
 *   <li>programmatic, {@code @RegisterExtension static TicketsStubExtension stub = TicketsStubExtension.builder()
 *       ...build();}: one stub per class (a {@code static} field) or per test (an instance field), reachable through
 *       the field ({@link #info()}, {@link #client()}, ...).</li>
 * </ul>
 * Either form replays the pacts or, in simulate mode ({@code @TicketsStubTest(mode = Mode.SIMULATE)},
 * {@code builder().simulate()}), runs the in-memory simulator of the API, with data of its own.
 * Either way the stub listens on 127.0.0.1 on a random port, its journal is emptied before each test, and
 * parameters of type {@link TicketsStubInfo}, {@link TicketsClient} and {@code @}{@link StubBaseUrl} {@link URI} or
 * {@link String} are injected. Do not combine both forms on one class: JUnit rejects two resolvers for one parameter.
 */
public final class TicketsStubExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(TicketsStubExtension.class);
    private static final String RUN = "run";

    /** Set for the programmatic form only; the declarative form reads the annotation. */
    private final StubSettings settings;
    private volatile StubRun run;
    private volatile boolean perTest;
    /** Programmatic static form: the classes running with this stub now (@Nested ones, subclasses sharing a field). */
    private int users;

    /** Used by JUnit for {@link TicketsStubTest}; build a programmatic one with {@link #builder()}. */
    public TicketsStubExtension() {
        this(null);
    }

    private TicketsStubExtension(StubSettings settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (settings != null) {
            startShared(context);
            return;
        }
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Class<?> testClass = context.getRequiredTestClass();
        if (store.get(RUN, StubRun.class) != null && !testClass.isAnnotationPresent(TicketsStubTest.class)) {
            return; // a @Nested class without an annotation of its own: the enclosing class's stub serves it
        }
        TicketsStubTest annotation = AnnotationSupport.findAnnotation(testClass, TicketsStubTest.class)
            .orElseThrow(() -> new IllegalStateException("TicketsStubExtension registered with @ExtendWith but "
                + "without @TicketsStubTest on " + testClass.getName() + ": use @TicketsStubTest or @RegisterExtension"));
        store.put(RUN, StubRun.start(StubSettings.of(annotation, testClass), context.getUniqueId()));
    }

    /**
     * A static field: one stub while any class using it runs (JUnit calls beforeAll again for each @Nested class, and
     * for each subclass inheriting the field), stopped after the last one.
     */
    private synchronized void startShared(ExtensionContext context) {
        if (run == null) {
            run = StubRun.start(settings, context.getUniqueId());
        }
        users++;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings != null && run == null) {
            // An instance field: JUnit never called beforeAll, so this stub lives for one test.
            run = StubRun.start(settings, context.getUniqueId());
            perTest = true;
        }
        current(context).startTest();
    }

    /** Fails the test, with the stub's explanation, when it sent a request the contract does not have. */
    @Override
    public void afterEach(ExtensionContext context) {
        try {
            current(context).finishTest();
        } finally {
            if (perTest) {
                stopProgrammatic();
            }
        }
    }

    /** Fails the class when a request the contract does not have came after its last test (e.g. from @AfterAll). */
    @Override
    public void afterAll(ExtensionContext context) {
        if (settings != null) {
            stopShared();
            return;
        }
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        StubRun owned = store.get(RUN, StubRun.class);
        if (owned != null && owned.ownedBy(context.getUniqueId())) {
            store.remove(RUN);
            try {
                owned.checkUnmatched("after the last test (in @AfterAll)");
            } finally {
                owned.close();
            }
        }
    }

    private synchronized void stopShared() {
        if (run != null && !perTest && --users == 0) {
            try {
                run.checkUnmatched("after the last test (in @AfterAll)");
            } finally {
                stopProgrammatic();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (parameter.isAnnotated(StubBaseUrl.class)) {
            return type == URI.class || type == String.class;
        }
        return type == TicketsStubInfo.class || type == TicketsClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TicketsStubInfo info = current(context).info();
        Class<?> type = parameter.getParameter().getType();
        if (parameter.isAnnotated(StubBaseUrl.class)) {
            return type == URI.class ? info.baseUrl() : info.baseUrl().toString();
        }
        return type == TicketsClient.class ? info.client() : info;
    }

    /** The running stub of the programmatic form. @throws IllegalStateException outside a test */
    public TicketsStubInfo info() {
        StubRun current = run;
        if (current == null) {
            throw new IllegalStateException("the tickets stub is not running: it runs from before the first test "
                + "(static field) or each test (instance field) until after it");
        }
        return current.info();
    }

    /** Shortcut for {@code info().baseUrl()}. */
    public URI baseUrl() {
        return info().baseUrl();
    }

    /** Shortcut for {@code info().client()}. */
    public TicketsClient client() {
        return info().client();
    }

    private StubRun current(ExtensionContext context) {
        if (settings != null) {
            if (run == null) {
                throw new IllegalStateException("the tickets stub is not running in " + context.getDisplayName());
            }
            return run;
        }
        StubRun found = context.getStore(NAMESPACE).get(RUN, StubRun.class);
        if (found == null) {
            throw new IllegalStateException("no tickets stub for " + context.getDisplayName()
                + ": @TicketsStubTest goes on the test class");
        }
        return found;
    }

    private void stopProgrammatic() {
        StubRun current = run;
        run = null;
        perTest = false;
        if (current != null) {
            current.close();
        }
    }

    /**
     * Configures the programmatic form. Defaults: replay of the embedded pacts, the pacts' API key, unmatched
     * requests fail.
     */
    public static final class Builder {
        private Mode mode = Mode.REPLAY;
        private final List<Path> pacts = new ArrayList<>();
        private final List<FaultRule> faults = new ArrayList<>();
        private UnmatchedRequests unmatched = UnmatchedRequests.FAIL;
        private String apiKey = "";
        private Consumer<StubConfig.Builder> options = b -> { };

        private Builder() {
        }

        /** Serves these pact files or directories instead of the embedded pacts; may be called repeatedly. */
        public Builder pacts(Path... files) {
            for (Path file : files) {
                pacts.add(Objects.requireNonNull(file, "pact path"));
            }
            return this;
        }

        /**
         * Runs the stateful simulator of the API instead of replaying pacts; {@link TicketsStubInfo#simulator()}
         * seeds and resets its data. Serves no pacts, so {@link #pacts} does not go with it.
         */
        public Builder simulate() {
            this.mode = Mode.SIMULATE;
            return this;
        }

        /**
         * The key the injected client sends (default: the key in the served pacts); in simulate mode the one key the
         * simulator accepts (default: {@code test-api-key}).
         */
        public Builder apiKey(String key) {
            this.apiKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** Lets tests send requests the contract does not have without failing (they are still journaled). */
        public Builder allowUnmatchedRequests() {
            this.unmatched = UnmatchedRequests.ALLOW;
            return this;
        }

        /**
         * A fault every test starts with, in the stub's {@code --fault} notation, e.g.
         * {@code "path=/api/v1/tickets/14,status=503,retry-after=1,times=2"}; may be called repeatedly.
         */
        public Builder fault(String spec) {
            faults.add(FaultSpecs.parse(spec));
            return this;
        }

        /**
         * Any further stub option, e.g. {@code .stubOptions(o -> o.cors(true))}. Host, port and pacts are set by
         * the extension before this runs, so they can be overridden too (at your own risk).
         */
        public Builder stubOptions(Consumer<StubConfig.Builder> options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        public TicketsStubExtension build() {
            for (Path pact : pacts) {
                if (!pact.toFile().exists()) {
                    throw new IllegalArgumentException("no pact file or directory at " + pact.toAbsolutePath());
                }
            }
            return new TicketsStubExtension(new StubSettings(mode, pacts, apiKey, unmatched, faults, options));
        }
    }
}
