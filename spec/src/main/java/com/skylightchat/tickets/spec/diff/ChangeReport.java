package com.skylightchat.tickets.spec.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a {@link GateResult} as Markdown for someone who has never seen either judge: the verdict and what it
 * means, who is affected, every breaking then every compatible change, how to release a breaking change on purpose,
 * and openapi-diff's own list last.
 */
public final class ChangeReport {

    private ChangeReport() {
    }

    /** The whole report as Markdown text. */
    public static String markdown(GateResult result) {
        StringBuilder md = new StringBuilder();
        md.append("# API changes: ").append(result.baselineVersion()).append(" → ").append(result.currentVersion())
                .append("\n\n**Verdict: ").append(result.verdict()).append("** — ").append(result.verdict().meaning())
                .append("\n\nThe spec (`tickets-api.yaml`, version ").append(result.currentVersion())
                .append(") is compared with the last release (`baseline/tickets-api.yaml`, version ")
                .append(result.baselineVersion()).append(") by two judges:\n\n")
                .append("| Who could break | Judged by | Breaking | Compatible |\n|---|---|---|---|\n");
        for (Judgement judgement : result.judgements()) {
            Audience audience = judgement.audience();
            md.append("| **").append(audience.title()).append("**: ").append(audience.who()).append(" | ")
                    .append(audience.judge()).append(" | ").append(judgement.breaking().size()).append(" | ")
                    .append(judgement.compatible().size()).append(" |\n");
        }
        for (Judgement judgement : result.judgements()) {
            section(md, "Breaks " + judgement.audience().title(), judgement.breaking());
        }
        for (Judgement judgement : result.judgements()) {
            section(md, "Compatible for " + judgement.audience().title(), judgement.compatible());
        }
        if (result.verdict() == Verdict.BREAKING) {
            md.append("\n## Releasing a breaking change on purpose\n\nTo release it on purpose, ").append(release(result)).append('\n');
        } else if (result.verdict() == Verdict.BREAKING_WITH_MAJOR_BUMP) {
            md.append("\n## Releasing this major version\n\n`info.version` ").append(result.currentVersion())
                    .append(" announces the breaking change: tell the client's users; after the release, copy ")
                    .append("`tickets-api.yaml` to `baseline/tickets-api.yaml` so that later changes are compared ")
                    .append("with it (spec/README.md, \"Releasing a spec change\").\n");
        }
        String details = result.judgement(Audience.HTTP_CLIENTS).details();
        md.append("\n## openapi-diff's own list (wording changes included)\n\n")
                .append(details.isEmpty() ? "No differences." : details).append('\n');
        return md.toString();
    }

    /** How to release: a sentence that the build's failure message repeats. */
    static String release(GateResult result) {
        return "raise `info.version` in `tickets-api.yaml` to " + result.nextMajorVersion() + " (a major release: "
                + "callers must change their code or requests) and tell the client's users; after the release, copy "
                + "`tickets-api.yaml` to `baseline/tickets-api.yaml` so that later changes are compared with it "
                + "(spec/README.md, \"Releasing a spec change\"). Otherwise undo the change, or make it compatible "
                + "(e.g. add a field or value instead of renaming one).";
    }

    /** Writes {@link #markdown(GateResult)} to {@code file}, creating its directory. */
    public static void write(GateResult result, Path file) {
        write(file, markdown(result));
    }

    static void write(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void section(StringBuilder md, String title, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("\n## ").append(title).append("\n\n");
        changes.forEach(change -> md.append("- `").append(change.where()).append("`: ").append(change.what()).append('\n'));
    }
}
