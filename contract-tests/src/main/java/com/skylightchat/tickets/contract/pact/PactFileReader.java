package com.skylightchat.tickets.contract.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads pact files with plain Jackson, so validation does not depend on the Pact JVM version that wrote them.
 * Understands the V2/V3 layout ({@code request.body} is the JSON itself, header values are strings) and the V4
 * layout ({@code type} per interaction, {@code body.content}, header values are arrays). Stateless, thread-safe.
 */
public final class PactFileReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every {@code *.json} file directly in {@code directory}, sorted by name; the directory must exist. */
    public List<RecordedPact> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new PactFormatException(directory, "is not a directory of pact files");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(this::read)
                    .toList();
        } catch (IOException e) {
            throw new PactFormatException(directory, "cannot be listed", e);
        }
    }

    public RecordedPact read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new PactFormatException(file, "is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path("interactions").isArray()) {
            throw new PactFormatException(file, "has no \"interactions\" array");
        }
        String version = root.path("metadata").path("pactSpecification").path("version").asText("2.0.0");
        List<RecordedInteraction> interactions = new ArrayList<>();
        int skipped = 0;
        for (JsonNode interaction : root.path("interactions")) {
            // V4 files mix HTTP and message interactions; only the HTTP ones are requests an API answers.
            String type = interaction.path("type").asText("Synchronous/HTTP");
            if (!"Synchronous/HTTP".equals(type)) {
                skipped++;
                continue;
            }
            interactions.add(InteractionParser.parse(file, interaction));
        }
        return new RecordedPact(file, root.path("consumer").path("name").asText(""),
                root.path("provider").path("name").asText(""), version, interactions, skipped);
    }
}
