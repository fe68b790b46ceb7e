package com.skylightchat.tickets.contract.pact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands pact locations into pact files: a file stands for itself, a directory for its {@code *.json} files (not
 * recursive), sorted by name so that load order, and so every tie-break that depends on it, is reproducible.
 */
public final class PactFiles {

    private PactFiles() {
    }

    /** @throws PactLoadException for a missing location or a directory without pact files */
    public static List<Path> resolve(List<Path> locations) {
        List<Path> files = new ArrayList<>();
        for (Path location : locations) {
            if (Files.isDirectory(location)) {
                List<Path> inDirectory = in(location);
                if (inDirectory.isEmpty()) {
                    throw new PactLoadException(location.toString(), "the directory contains no *.json pact files");
                }
                files.addAll(inDirectory);
            } else if (Files.isRegularFile(location)) {
                files.add(location);
            } else {
                throw new PactLoadException(location.toString(), "no such file or directory");
            }
        }
        return files;
    }

    /** The {@code *.json} files directly in {@code directory}, sorted by name; empty when there are none. */
    public static List<Path> in(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PactLoadException(directory.toString(), "the directory cannot be listed: " + e.getMessage(), e);
        }
    }
}
