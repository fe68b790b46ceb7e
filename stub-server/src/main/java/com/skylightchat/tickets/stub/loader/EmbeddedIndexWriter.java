package com.skylightchat.tickets.stub.loader;

import com.skylightchat.tickets.contract.pact.PactFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build-time tool (run by exec-maven-plugin in {@code process-classes}): writes {@code index.txt} into the
 * embedded-pacts directory, listing the pact files of its {@code pacts/} directory (as {@code pacts/<name>.json},
 * sorted). An empty index is valid and means "this build embedded no pacts".
 */
public final class EmbeddedIndexWriter {

    private EmbeddedIndexWriter() {
    }

    /** @param args the embedded-pacts directory */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path pacts = dir.resolve("pacts");
        Files.createDirectories(pacts);
        List<String> names = PactFiles.in(pacts).stream().map(file -> "pacts/" + file.getFileName()).toList();
        Files.writeString(dir.resolve("index.txt"), names.isEmpty() ? "" : String.join("\n", names) + "\n");
    }
}
