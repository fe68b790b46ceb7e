package com.skylightchat.tickets.spec.diff;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line and build step: {@code BreakingChangeGateMain --baseline <released.yaml> --current <spec.yaml>
 * --report <api-changes.md> --generator-options <dir> --cache <dir>} ({@code --generator-options}: the client
 * module's {@code src/main/openapi}, see {@link ClientGeneration}). Always writes the report and its JSON twin ({@code .json} next to it); then fails by throwing
 * {@link BreakingChangeException} — never {@code System.exit}, because exec-maven-plugin runs it inside the Maven JVM
 * and turns the exception into the build's failure message.
 */
public final class BreakingChangeGateMain {

    /** Breaking changes named per audience in the failure message; the report has them all. */
    private static final int LISTED = 8;

    private BreakingChangeGateMain() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        Path current = Path.of(options.get("--current"));
        Path report = Path.of(options.get("--report"));
        BreakingChangeGate gate = new BreakingChangeGate(ClientGeneration.inDirectory(
                Path.of(options.get("--generator-options")), Path.of(options.get("--cache"))));

        Path json = report.resolveSibling(report.getFileName().toString().replaceFirst("\\.md$", "") + ".json");
        deleteStale(report, json); // a gate that cannot judge must not leave the last build's verdict behind
        GateResult result = gate.evaluate(TicketsApiSpec.fromFile(Path.of(options.get("--baseline"))), TicketsApiSpec.fromFile(current));
        ChangeReport.write(result, report);
        ChangeReportJson.write(result, json);
        if (!result.passes()) {
            throw new BreakingChangeException(failure(result, report));
        }
        System.out.println("API change gate: " + result.baselineVersion() + " -> " + result.currentVersion() + ": "
                + result.verdict() + " (" + result.judgements().stream().mapToInt(j -> j.changes().size()).sum()
                + " change(s); report: " + report + ")");
    }

    private static void deleteStale(Path... files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the last report " + file, e);
            }
        }
    }

    /** What changed, whom it breaks, and how to release it on purpose: the first thing the build log says. */
    static String failure(GateResult result, Path report) {
        String nl = System.lineSeparator();
        StringBuilder message = new StringBuilder("API change gate: the spec breaks existing callers and info.version ")
                .append(result.baselineVersion()).append(" -> ").append(result.currentVersion())
                .append(" does not announce it (verdict BREAKING).");
        for (Judgement judgement : result.judgements()) {
            List<Change> breaking = judgement.breaking();
            if (breaking.isEmpty()) {
                continue;
            }
            message.append(nl).append("Breaks ").append(judgement.audience().title()).append(" (")
                    .append(judgement.audience().who()).append("; judged by ").append(judgement.audience().judge()).append("):");
            breaking.stream().limit(LISTED).forEach(change -> message.append(nl).append("  - ").append(change));
            if (breaking.size() > LISTED) {
                message.append(nl).append("  - ... ").append(breaking.size() - LISTED).append(" more in the report");
            }
        }
        return message.append(nl).append("To release it on purpose, ").append(ChangeReport.release(result))
                .append(nl).append("Report: ").append(report).toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : new String[] {"--baseline", "--current", "--report", "--generator-options", "--cache"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("usage: BreakingChangeGateMain --baseline <file> --current <file> "
                        + "--report <file.md> --generator-options <dir> --cache <dir>; missing " + required);
            }
        }
        return options;
    }
}
