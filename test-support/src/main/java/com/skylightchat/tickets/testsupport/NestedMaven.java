package com.skylightchat.tickets.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real Maven (the one running this build: system property {@code maven.home}, else {@code mvn} on the
 * PATH) on a project in a child process, with an environment the test controls completely: the parent's CI, git and
 * Pact Broker variables are removed so that only what a test sets can reach the plugins. Snapshots are never updated
 * from remote repositories ({@code -nsu}): what the child resolves is what the test put in place.
 */
public final class NestedMaven {

    /** What the child Maven did: its exit code and everything it printed. */
    public record Outcome(int exitCode, String output) {
    }

    private static final List<String> INHERITED_PREFIXES_TO_DROP = List.of("PACT_", "GITHUB_", "GITLAB_", "CI",
            "JENKINS_", "HUDSON_", "GIT_", "BRANCH_NAME", "TEAMCITY_", "TRAVIS", "BITBUCKET_", "BUILD_", "SYSTEM_",
            "CODEBUILD_", "BAMBOO_", "bamboo_", "AZURE_", "TF_BUILD", "MAVEN_OPTS");

    private final Path project;

    private NestedMaven(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    /** A Maven for the project whose {@code pom.xml} is in {@code projectDir}. */
    public static NestedMaven in(Path projectDir) {
        return new NestedMaven(projectDir);
    }

    public Outcome run(String... arguments) {
        return run(Map.of(), List.of(arguments));
    }

    /** Runs {@code mvn -B -nsu -f <project>/pom.xml ARGUMENTS} with {@code environment} added; at most 5 minutes. */
    public Outcome run(Map<String, String> environment, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(executable(), "-B", "-nsu", "-f",
                project.resolve("pom.xml").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> INHERITED_PREFIXES_TO_DROP.stream().anyMatch(name::startsWith));
        // A child Maven lives a few seconds: C1-only JIT starts it noticeably faster on a busy 2-core machine.
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -Xshare:auto");
        builder.environment().putAll(environment);
        try {
            // Output to a file, not a pipe: reading a pipe would block past the deadline of a child that hangs.
            Path log = Files.createTempFile("nested-maven", ".log");
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Nested Maven did not finish within 5 minutes: " + command
                        + "\n" + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Outcome(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String executable() {
        String home = System.getProperty("maven.home");
        if (home != null && !home.isBlank() && Path.of(home, "bin", "mvn").toFile().canExecute()) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }
}
