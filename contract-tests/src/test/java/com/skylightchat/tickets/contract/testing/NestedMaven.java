package com.skylightchat.tickets.contract.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real Maven (the one running this build: system property {@code maven.home}, else {@code mvn} on the
 * PATH) on this module's pom in a child process, with an environment the test controls completely: the parent's
 * CI, git and Pact Broker variables are removed so that only what a test sets can reach the plugins.
 */
public final class NestedMaven {

    /** What the child Maven did: its exit code and everything it printed. */
    public record Outcome(int exitCode, String output) {
    }

    private static final List<String> INHERITED_PREFIXES_TO_DROP = List.of("PACT_", "GITHUB_", "GITLAB_", "CI",
            "JENKINS_", "HUDSON_", "GIT_", "BRANCH_NAME", "TEAMCITY_", "TRAVIS", "BITBUCKET_", "BUILD_", "SYSTEM_",
            "CODEBUILD_", "BAMBOO_", "bamboo_", "AZURE_", "TF_BUILD", "MAVEN_OPTS");

    private NestedMaven() {
    }

    public static Outcome run(Map<String, String> environment, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable());
        command.addAll(List.of("-B", "-nsu", "-f", moduleDir().resolve("pom.xml").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(moduleDir().toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> INHERITED_PREFIXES_TO_DROP.stream().anyMatch(name::startsWith));
        // A child Maven lives a few seconds: C1-only JIT starts it noticeably faster on a busy 2-core machine.
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -Xshare:auto");
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Nested Maven did not finish: " + command);
            }
            return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The contract-tests module directory (system property {@code module.basedir}, set by the pom). */
    public static Path moduleDir() {
        return Path.of(System.getProperty("module.basedir", ".")).toAbsolutePath().normalize();
    }

    private static String executable() {
        String home = System.getProperty("maven.home");
        if (home != null && !home.isBlank() && Path.of(home, "bin", "mvn").toFile().canExecute()) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }
}
