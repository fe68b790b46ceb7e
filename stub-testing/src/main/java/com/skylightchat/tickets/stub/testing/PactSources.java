package com.skylightchat.tickets.stub.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the strings of {@link TicketsStubTest#pacts()} into paths the stub can load: plain paths as they are
 * (relative to the working directory), {@code classpath:} resources from the test class's class loader. A resource
 * inside a jar is copied to a temporary file first, which works for single pact files; a directory of pacts must
 * be on the file system (e.g. {@code src/test/resources}, {@code target/test-classes}).
 */
final class PactSources {
    static final String CLASSPATH_PREFIX = "classpath:";

    private PactSources() {
    }

    /** @throws IllegalArgumentException naming the source that does not exist */
    static List<Path> resolve(String[] sources, Class<?> testClass) {
        List<Path> paths = new ArrayList<>();
        for (String source : sources) {
            paths.add(source.startsWith(CLASSPATH_PREFIX)
                ? fromClasspath(source.substring(CLASSPATH_PREFIX.length()), testClass)
                : fromFileSystem(source));
        }
        return List.copyOf(paths);
    }

    private static Path fromFileSystem(String source) {
        Path path = Path.of(source);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("@TicketsStubTest(pacts): no pact file or directory '" + source
                + "' (resolved to " + path.toAbsolutePath() + ")");
        }
        return path;
    }

    private static Path fromClasspath(String resource, Class<?> testClass) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        URL url = testClass.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("@TicketsStubTest(pacts): no classpath resource '" + name + "'");
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            return copyToTemporaryFile(url, name);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("@TicketsStubTest(pacts): unusable resource URL " + url, e);
        }
    }

    private static Path copyToTemporaryFile(URL url, String name) {
        try (InputStream in = url.openStream()) {
            Path file = Files.createTempFile("tickets-stub-pact-", "-" + Path.of(name).getFileName());
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy classpath resource " + url + " (a directory inside a jar? "
                + "name the pact files one by one)", e);
        }
    }
}
