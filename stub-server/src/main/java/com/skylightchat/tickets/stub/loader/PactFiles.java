package com.skylightchat.tickets.stub.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands pact locations into pact files: a file stands for itself, a directory for its {@code *.json} files
 * (not recursive, sorted by name so load order — and therefore tie-breaking — is reproducible).
 */
public final class PactFiles {

    private PactFiles() {
    }

    /** @throws PactLoadException for a missing location or a directory without pact files */
    public static List<Path> resolve(List<Path> locations) {
        List<Path> files = new ArrayList<>();
        for (Path location : locations) {
            if (Files.isDirectory(location)) {
                List<Path> inDir = jsonFilesIn(location);
                if (inDir.isEmpty()) {
                    throw new PactLoadException(location.toString(), "the directory contains no *.json pact files");
                }
                files.addAll(inDir);
            } else if (Files.isRegularFile(location)) {
                files.add(location);
            } else {
                throw new PactLoadException(location.toString(), "no such file or directory");
            }
        }
        return files;
    }

    private static List<Path> jsonFilesIn(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PactLoadException(dir.toString(), "the directory cannot be listed: " + e.getMessage(), e);
        }
    }
}
