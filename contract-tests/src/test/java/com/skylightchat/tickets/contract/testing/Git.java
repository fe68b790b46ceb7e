package com.skylightchat.tickets.contract.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Asks the git checkout this module lives in for its HEAD, as the expected values of publishing tests. */
public final class Git {

    private Git() {
    }

    public static String headCommit() {
        return git("rev-parse", "HEAD");
    }

    /** The checked-out branch; in a detached HEAD git-commit-id reports the full commit instead. */
    public static String expectedBranch() {
        String branch = git("rev-parse", "--abbrev-ref", "HEAD");
        return branch.equals("HEAD") ? headCommit() : branch;
    }

    private static String git(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process process = new ProcessBuilder(command).directory(TestPaths.moduleDir().toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
