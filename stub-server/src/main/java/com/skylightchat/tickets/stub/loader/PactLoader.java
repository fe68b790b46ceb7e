package com.skylightchat.tickets.stub.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads pact sources into one {@link LoadedPacts}: the given files and directories (a directory contributes its
 * {@code *.json} files in name order), or, when none are given, the pacts embedded in the jar at build time.
 * Fails as a whole on the first broken source, so a partial set is never served. Stateless, thread-safe.
 */
public final class PactLoader {

    private PactLoader() {
    }

    /**
     * @param locations files or directories; empty means the embedded pacts
     * @throws PactLoadException naming the file and the problem
     */
    public static LoadedPacts load(List<Path> locations) {
        return locations.isEmpty() ? EmbeddedPacts.load() : loadFiles(PactFiles.resolve(locations));
    }

    static LoadedPacts loadFiles(List<Path> files) {
        Builder builder = new Builder();
        for (Path file : files) {
            PactFileLoader.load(file.toString(), read(file), builder.interactions.size(), builder);
        }
        return builder.build();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PactLoadException(file.toString(), "no such file", e);
        } catch (IOException e) {
            throw new PactLoadException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Accumulates interactions across sources, keeping load order. Not thread-safe; one per load. */
    static final class Builder implements PactFileLoader.LoadedPactsBuilder {
        private final List<StubInteraction> interactions = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();

        @Override
        public void add(StubInteraction interaction) {
            interactions.add(interaction);
        }

        @Override
        public void skip(String description) {
            skipped.add(description);
        }

        @Override
        public void source(String source) {
            sources.add(source);
        }

        @Override
        public List<StubInteraction> interactions() {
            return interactions;
        }

        LoadedPacts build() {
            return new LoadedPacts(interactions, sources, skipped);
        }
    }
}
