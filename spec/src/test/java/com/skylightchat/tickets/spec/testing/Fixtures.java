package com.skylightchat.tickets.spec.testing;

import com.skylightchat.tickets.spec.diff.ClientGeneration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test resources and the repository's spec file. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The repository's {@code spec/tickets-api.yaml}, as the build names it (system property {@code tickets.spec.file}). */
    public static Path specFile() {
        String property = System.getProperty("tickets.spec.file");
        return property != null ? Path.of(property) : Path.of("tickets-api.yaml").toAbsolutePath();
    }

    /** The released baseline next to it. */
    public static Path baselineFile() {
        return specFile().resolveSibling("baseline").resolve("tickets-api.yaml");
    }

    /** The client module's generator options, which the gate's Java judge generates with. */
    public static Path generatorOptions() {
        return specFile().toAbsolutePath().getParent().resolveSibling("generated-client/src/main/openapi");
    }

    /**
     * The gate's client generation for tests: the client module's options, and the build's cache of generated
     * clients (keyed by content, so tests and build steps share it safely).
     */
    public static ClientGeneration clientGeneration() {
        return ClientGeneration.inDirectory(generatorOptions(), Path.of("target/api-gate-clients").toAbsolutePath());
    }

    /** Text of a file. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text of a classpath resource under the test resources. */
    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a test resource directory, sorted by name. */
    public static Stream<Path> directory(String name) {
        try {
            URL url = Fixtures.class.getClassLoader().getResource(name);
            if (url == null) {
                throw new IllegalArgumentException("No test resource directory " + name);
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.sorted().toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 1-based line of the first line of {@code text} that contains {@code fragment}. */
    public static int lineOf(String text, String fragment) {
        int index = text.indexOf(fragment);
        if (index < 0) {
            throw new IllegalArgumentException("'" + fragment + "' does not occur");
        }
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
