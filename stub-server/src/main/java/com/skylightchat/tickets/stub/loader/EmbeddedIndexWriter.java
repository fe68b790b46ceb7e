package com.skylightchat.tickets.stub.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build-time tool (run by exec-maven-plugin in {@code process-classes}): writes {@code index.txt} into the
 * embedded-pacts directory, listing every {@code *.json} under it (relative, sorted). An empty index is valid and
 * means "this build embedded no pacts".
 */
public final class EmbeddedIndexWriter {

    private EmbeddedIndexWriter() {
    }

    /** @param args the embedded-pacts directory */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        List<String> names;
        try (Stream<Path> files = Files.walk(dir)) {
            names = files.filter(p -> p.toString().endsWith(".json")).map(p -> dir.relativize(p).toString())
                    .map(n -> n.replace('\\', '/')).sorted().collect(Collectors.toList());
        }
        Files.writeString(dir.resolve("index.txt"), names.isEmpty() ? "" : String.join("\n", names) + "\n");
    }
}
