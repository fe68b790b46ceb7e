package com.skylightchat.tickets.stub.cli;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulate-mode walk-through of {@code docs/simulate.md} as a new user runs it: the runnable jar started with
 * {@code --simulate}, then the curl block line by line (port 8080 replaced by the stub's), each answer's status the
 * one its comment names.
 */
class SimulatorWalkthroughIT {

    private static final Path JAR = Path.of(System.getProperty("stub.runnable.jar", "target/tickets-stub-server.jar"));
    private static final Pattern BLOCK = Pattern.compile("<!-- simulate-walkthrough -->\\n```bash\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern PORT = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+) ");

    @Test
    void answersEachStepOfTheDocumentedCurlWalkthroughAsItsCommentSays() throws Exception {
        // given
        Matcher block = BLOCK.matcher(Files.readString(
                Path.of(System.getProperty("basedir", "."), "docs", "simulate.md")));
        assertThat(block.find()).as("docs/simulate.md has the simulate-walkthrough block").isTrue();
        List<String> expected = new ArrayList<>();
        Matcher comment = Pattern.compile("# (\\d{3}) ").matcher(block.group(1));
        while (comment.find()) {
            expected.add(comment.group(1));
        }
        Process stub = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "--simulate", "--port", "0", "--no-request-log").start();
        try {
            Matcher port = PORT.matcher(new BufferedReader(new InputStreamReader(stub.getInputStream(),
                    StandardCharsets.UTF_8)).readLine());
            assertThat(port.find()).isTrue();

            // when
            String output = bash(block.group(1).replace("127.0.0.1:8080", "127.0.0.1:" + port.group(1)));

            // then
            List<String> statuses = new ArrayList<>();
            Matcher status = Pattern.compile("HTTP/1\\.1 (\\d{3})").matcher(output);
            while (status.find()) {
                statuses.add(status.group(1));
            }
            assertThat(statuses).as(output).isEqualTo(expected).hasSize(8);
        } finally {
            stub.destroy();
            stub.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String bash(String script) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
