package com.skylightchat.tickets.spec.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line and build step: {@code SpecLintMain <file.yaml>...} lints each file and fails when any has a finding.
 *
 * <p>It fails by throwing {@link SpecLintException} (never {@code System.exit}) because the build runs it inside the
 * Maven JVM with exec-maven-plugin's {@code java} goal, which turns the exception into a build failure that quotes
 * the message — so the Maven log names {@code tickets-api.yaml:<line>} directly.
 */
public final class SpecLintMain {

    private SpecLintMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: SpecLintMain <openapi.yaml>...");
        }
        SpecLinter linter = SpecLinter.standard();
        List<String> problems = new ArrayList<>();
        for (String arg : args) {
            Path file = Path.of(arg);
            if (!Files.isRegularFile(file)) {
                problems.add(arg + ":0: [missing-file] no such file");
                continue;
            }
            LintReport report = linter.lint(file);
            if (report.isClean()) {
                System.out.println("OpenAPI lint: " + file + " has no findings");
            } else {
                problems.add(report.format());
            }
        }
        if (!problems.isEmpty()) {
            String message = "OpenAPI lint failed:" + System.lineSeparator() + String.join(System.lineSeparator(), problems);
            throw new SpecLintException(message);
        }
    }
}
