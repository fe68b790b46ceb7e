package com.skylightchat.tickets.stub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.stub.loader.EmbeddedPacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the {@code X-Api-Key} the pacts were recorded with, so the client handed to tests sends a key the stub's
 * interactions accept without the test having to know it. Reads the first interaction that carries the header, in
 * the given pact files (directories are searched for {@code *.json}) or in the pacts embedded in the stub.
 */
final class PactApiKey {
    private static final String HEADER = "x-api-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PactApiKey() {
    }

    /** The recorded key, or empty when no interaction sends one (or a file cannot be read as JSON). */
    static Optional<String> find(List<Path> pacts) {
        if (pacts.isEmpty()) {
            return embedded();
        }
        for (Path file : jsonFiles(pacts)) {
            try (InputStream in = Files.newInputStream(file)) {
                Optional<String> key = inPact(JSON.readTree(in));
                if (key.isPresent()) {
                    return key;
                }
            } catch (IOException e) {
                // Not ours to report: the stub names unreadable pact files far better when it loads them.
            }
        }
        return Optional.empty();
    }

    private static Optional<String> embedded() {
        ClassLoader loader = EmbeddedPacts.class.getClassLoader();
        for (String name : EmbeddedPacts.names()) {
            try (InputStream in = loader.getResourceAsStream(EmbeddedPacts.DIRECTORY + name)) {
                Optional<String> key = in == null ? Optional.empty() : inPact(JSON.readTree(in));
                if (key.isPresent()) {
                    return key;
                }
            } catch (IOException e) {
                // Same as above: the stub reports a broken embedded pact when it starts.
            }
        }
        return Optional.empty();
    }

    static Optional<String> inPact(JsonNode pact) {
        for (JsonNode interaction : pact.path("interactions")) {
            Iterator<Map.Entry<String, JsonNode>> headers = interaction.path("request").path("headers").fields();
            while (headers.hasNext()) {
                Map.Entry<String, JsonNode> header = headers.next();
                if (header.getKey().equalsIgnoreCase(HEADER)) {
                    // V4 pacts store header values as lists, V2/V3 as plain strings.
                    JsonNode value = header.getValue().isArray() ? header.getValue().path(0) : header.getValue();
                    if (value.isTextual() && !value.asText().isBlank()) {
                        return Optional.of(value.asText());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> jsonFiles(List<Path> pacts) {
        List<Path> files = new ArrayList<>();
        for (Path pact : pacts) {
            if (Files.isDirectory(pact)) {
                try (Stream<Path> walk = Files.walk(pact)) {
                    walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                        .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list pact directory " + pact, e);
                }
            } else {
                files.add(pact);
            }
        }
        return files;
    }
}
