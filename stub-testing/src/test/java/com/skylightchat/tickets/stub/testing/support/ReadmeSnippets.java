package com.skylightchat.tickets.stub.testing.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the code of this module's README: the fenced block that follows {@code <!-- snippet: NAME -->}, and the
 * matching region of a test source between {@code // snippet:start NAME} and {@code // snippet:end NAME}, with the
 * common indentation removed, so a test can require the two to be identical.
 */
public final class ReadmeSnippets {
    public static final Path README = Path.of("README.md");
    public static final Path TEST_SOURCES = Path.of("src/test/java");

    private ReadmeSnippets() {
    }

    /** The content of the fenced block after the marker, without the fences. */
    public static String block(String name) {
        Matcher m = Pattern.compile("<!-- snippet: " + Pattern.quote(name) + " -->\\s*\\n```[a-z]*\\n(.*?)\\n```",
            Pattern.DOTALL).matcher(read(README));
        if (!m.find()) {
            throw new AssertionError("README.md has no block marked <!-- snippet: " + name + " -->");
        }
        return m.group(1);
    }

    /** The region of {@code source} (relative to src/test/java) between the markers, de-indented. */
    public static String region(String source, String name) {
        List<String> lines = read(TEST_SOURCES.resolve(source)).lines().toList();
        int start = indexOf(lines, "// snippet:start " + name, source);
        int end = indexOf(lines, "// snippet:end " + name, source);
        List<String> region = lines.subList(start + 1, end);
        int indent = region.stream().filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }

    private static int indexOf(List<String> lines, String marker, String source) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError(source + " has no line '" + marker + "'");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
