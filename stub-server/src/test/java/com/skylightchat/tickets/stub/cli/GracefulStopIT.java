package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.testsupport.Http;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM as a process manager sends it ({@link Process#destroy()} on Linux): the runnable jar stops accepting, lets
 * requests in flight finish within the grace period, and exits 0 — also when a request would take longer than that.
 */
class GracefulStopIT {

    private static final Path JAR = Path.of(System.getProperty("stub.runnable.jar", "target/tickets-stub-server.jar"));
    private static final Pattern URL = Pattern.compile("on (http://\\S+) ");

    @Test
    void aRequestInFlightIsAnsweredBeforeTheStubExitsWithZero() throws Exception {
        // given: every answer held back 1.5 s
        Process stub = start("--fault", "delay=1500ms");
        URI base = baseUrl(stub);
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> new Http(base).get(
                "/api/v1/tickets/departments", "X-Api-Key", Fixtures.API_KEY));
        Thread.sleep(500);

        // when
        long start = System.nanoTime();
        stub.destroy();

        // then
        assertThat(inFlight.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(stub.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stub.exitValue()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRequestThatOutlastsTheGracePeriodDoesNotKeepTheStubFromExitingWithZero() throws Exception {
        // given: answers held back 30 s, a grace period of 1 s
        Process stub = start("--fault", "delay=30s", "--grace-period", "1s");
        URI base = baseUrl(stub);
        CompletableFuture.runAsync(() -> {
            try {
                new Http(base).get("/api/v1/tickets/departments", "X-Api-Key", Fixtures.API_KEY);
            } catch (RuntimeException cutOff) {
                // expected: the stub goes away before it answers
            }
        });
        Thread.sleep(500);

        // when
        long start = System.nanoTime();
        stub.destroy();

        // then
        assertThat(stub.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(stub.exitValue()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), "--port", "0", "--no-request-log"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static URI baseUrl(Process stub) throws IOException {
        String line = new BufferedReader(new InputStreamReader(stub.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        Matcher url = URL.matcher(String.valueOf(line));
        assertThat(url.find()).as(line).isTrue();
        return URI.create(url.group(1));
    }
}
