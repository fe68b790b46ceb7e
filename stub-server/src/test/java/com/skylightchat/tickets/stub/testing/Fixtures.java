package com.skylightchat.tickets.stub.testing;

import com.skylightchat.tickets.stub.loader.EmbeddedPacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The pacts the stub's tests replay. The tickets contract is the pact contract-tests recorded in this very build
 * ({@link #recorded()}); hand-written pacts cover only what the recording lacks: pact-js layouts
 * ({@link #partnerV3()}, {@link #partnerV4()}, shared with contract-tests' validation), odd matchers and generators
 * ({@link #oddMatchers()}), broken files ({@link #broken}). Classpath pacts inside jars (failsafe runs against the
 * packaged jar) are copied to files once.
 */
public final class Fixtures {

    /** The key the recorded pacts send. */
    public static final String API_KEY = "test-api-key";
    public static final String ANSWERED = "ticket 14 exists with status answered";
    public static final String CLOSED = "ticket 14 exists with status closed";
    /** The recorded interactions (contract-tests' consumer suite). */
    public static final int RECORDED_INTERACTIONS = 20;
    public static final int PARTNER_V3_INTERACTIONS = 6;

    private static final Map<String, Path> COPIES = new HashMap<>();

    private Fixtures() {
    }

    /** The pact recorded in this build and embedded in the stub, as a file. */
    public static Path recorded() {
        return copied(EmbeddedPacts.DIRECTORY + EmbeddedPacts.names().get(0));
    }

    /** A pact-js V3 pact of another consumer: /api/v1 paths, matchers (a path regex among them), states with params. */
    public static Path partnerV3() {
        return copied("fixtures/partner/skylight-help-widget-v3.json");
    }

    public static Path partnerV4() {
        return copied("fixtures/partner/skylight-help-widget-v4.json");
    }

    /** A partner's V3 pact with one mistake in each of four interactions (the spec validation must name each). */
    public static Path partnerBroken() {
        return copied("fixtures/partner/skylight-help-widget-broken-v3.json");
    }

    /** A V4 pact with what the recording lacks: a path matched by regex, a body matched by regex, generators. */
    public static Path oddMatchers() {
        return resource("pacts/v4/odd-matchers.json");
    }

    public static Path broken(String name) {
        return resource("pacts/broken/" + name);
    }

    public static Path resource(String name) {
        URL url = url(name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return copied(name);
        }
    }

    private static synchronized Path copied(String name) {
        return COPIES.computeIfAbsent(name, n -> {
            try (InputStream in = url(n).openStream()) {
                Path dir = Files.createTempDirectory("stub-test-pacts");
                Path file = dir.resolve(Path.of(n).getFileName().toString());
                Files.copy(in, file);
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + n, e);
            }
        });
    }

    private static URL url(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return url;
    }
}
