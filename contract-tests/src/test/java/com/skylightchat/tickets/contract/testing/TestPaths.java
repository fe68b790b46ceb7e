package com.skylightchat.tickets.contract.testing;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locations the tests read: the one spec YAML (system property {@code tickets.spec.file}, set by the parent pom),
 * this module's directory, the fixture pacts on the test classpath, and the pacts the consumer tests record ({@code pact.rootDir}).
 */
public final class TestPaths {

    private TestPaths() {
    }

    public static Path specFile() {
        Path spec = Path.of(required("tickets.spec.file"));
        if (!Files.isRegularFile(spec)) {
            throw new IllegalStateException("tickets.spec.file does not point at a file: " + spec);
        }
        return spec;
    }

    /** A fixture under {@code src/test/resources/fixtures}, e.g. {@code rejected/missing-api-key.json}. */
    public static Path fixture(String name) {
        try {
            var url = TestPaths.class.getResource("/fixtures/" + name);
            if (url == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last segment of a source path. */
    public static String fileName(String source) {
        return Path.of(source).getFileName().toString();
    }

    /** The contract-tests module directory (system property {@code module.basedir}, set by the pom). */
    public static Path moduleDir() {
        return Path.of(System.getProperty("module.basedir", ".")).toAbsolutePath().normalize();
    }

    public static Path recordedPacts() {
        return Path.of(required("pact.rootDir"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run the tests with Maven)");
        }
        return value;
    }
}
