package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's usage example is the compiled {@code readme.ReadmeExample}, so it cannot rot unnoticed. */
class ReadmeSnippetTest {
    /** Surefire runs in the module directory and also names it in {@code basedir}. */
    private static final Path MODULE = Path.of(System.getProperty("basedir", ""));

    @Test
    void readmeShowsTheCompiledUsageExampleVerbatim() throws IOException {
        // given
        List<String> source = Files.readAllLines(
            MODULE.resolve("src/test/java/com/skylightchat/tickets/client/readme/ReadmeExample.java"));
        String snippet = dedent(source.subList(indexOf(source, "// tag::usage[]") + 1,
            indexOf(source, "// end::usage[]")));
        // when
        String readme = Files.readString(MODULE.resolve("README.md"));
        // then
        assertThat(snippet).contains("TicketsClient.builder()");
        assertThat(readme).contains(snippet);
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("Marker " + marker + " not found in ReadmeExample.java");
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
    }
}
