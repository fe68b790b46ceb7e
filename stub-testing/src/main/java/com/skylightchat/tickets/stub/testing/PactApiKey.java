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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the {@code X-Api-Key} the pacts were recorded with, so the client handed to tests sends a key the stub's
 * interactions accept without the test having to know it. Pacts also record what a wrong key gets (401), so the
 * key sent by most interactions wins; on a tie, the first one seen. Reads the given pact files (directories are
 * searched for {@code *.json}) or, when none are given, the pacts embedded in the stub.
 */
final class PactApiKey {
    private static final String HEADER = "x-api-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PactApiKey() {
    }

    /** The recorded key, or empty when no interaction sends one (files that are not JSON are passed over). */
    static Optional<String> find(List<Path> pacts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (pacts.isEmpty()) {
            ClassLoader loader = EmbeddedPacts.class.getClassLoader();
            for (String name : EmbeddedPacts.names()) {
                try (InputStream in = loader.getResourceAsStream(EmbeddedPacts.DIRECTORY + name)) {
                    if (in != null) {
                        count(JSON.readTree(in), counts);
                    }
                } catch (IOException e) {
                    // Not ours to report: the stub names a broken pact far better when it loads it.
                }
            }
        } else {
            for (Path file : jsonFiles(pacts)) {
                try (InputStream in = Files.newInputStream(file)) {
                    count(JSON.readTree(in), counts);
                } catch (IOException e) {
                    // As above.
                }
            }
        }
        return mostUsed(counts);
    }

    /** The key most interactions of this one pact send. */
    static Optional<String> inPact(JsonNode pact) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        count(pact, counts);
        return mostUsed(counts);
    }

    private static void count(JsonNode pact, Map<String, Integer> counts) {
        for (JsonNode interaction : pact.path("interactions")) {
            for (Map.Entry<String, JsonNode> header : interaction.path("request").path("headers").properties()) {
                if (header.getKey().equalsIgnoreCase(HEADER)) {
                    // V4 pacts store header values as lists, V2/V3 as plain strings.
                    JsonNode value = header.getValue().isArray() ? header.getValue().path(0) : header.getValue();
                    if (value.isTextual() && !value.asText().isBlank()) {
                        counts.merge(value.asText(), 1, Integer::sum);
                    }
                }
            }
        }
    }

    private static Optional<String> mostUsed(Map<String, Integer> counts) {
        // Strictly greater replaces the best so far, so on a tie the key seen first stays.
        return counts.entrySet().stream()
            .reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
            .map(Map.Entry::getKey);
    }

    private static List<Path> jsonFiles(List<Path> pacts) {
        List<Path> files = new ArrayList<>();
        for (Path pact : pacts) {
            if (Files.isDirectory(pact)) {
                try (Stream<Path> walk = Files.walk(pact)) {
                    walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
                        .sorted(Comparator.naturalOrder()).forEach(files::add);
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
