package com.skylightchat.tickets.spec.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Renders a {@link GateResult} as Markdown: the verdict and versions first (what a reviewer needs), then the extra
 * breaking changes, then openapi-diff's own change list.
 */
public final class ChangeReport {

    private ChangeReport() {
    }

    /** The whole report as Markdown text. */
    public static String markdown(GateResult result) {
        StringBuilder md = new StringBuilder();
        md.append("# API changes: ").append(result.baselineVersion()).append(" → ").append(result.currentVersion())
                .append("\n\n");
        md.append("**Verdict: ").append(result.verdict()).append("** — ").append(explain(result)).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Released baseline (`baseline/tickets-api.yaml`) | ").append(result.baselineVersion()).append(" |\n");
        md.append("| This spec (`tickets-api.yaml`) | ").append(result.currentVersion()).append(" |\n");
        md.append("| openapi-diff result | ").append(result.openApiDiffResult()).append(" |\n\n");
        if (result.breaking()) {
            md.append("## Breaking changes\n\n");
            result.breakingChanges().forEach(change -> md.append("- ").append(change).append('\n'));
            md.append('\n');
        }
        md.append("## openapi-diff\n\n").append(openApiDiff(result)).append('\n');
        return md.toString();
    }

    /** Writes {@link #markdown(GateResult)} to {@code file}, creating its directory. */
    public static void write(GateResult result, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, markdown(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String explain(GateResult result) {
        return switch (result.verdict()) {
            case UNCHANGED -> "no change to the contract.";
            case COMPATIBLE -> "existing clients keep working; release it as a minor or patch version.";
            case BREAKING_WITH_MAJOR_BUMP -> "breaking, and announced by the major version bump.";
            case BREAKING -> "breaking without a major version bump. Undo the change, or bump `info.version`'s "
                    + "major number (see spec/README.md, \"Releasing\").";
        };
    }

    private static String openApiDiff(GateResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(result.diff(), writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = bytes.toString(StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "No differences." : text;
    }
}
