package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.loader.EmbeddedPacts;
import com.skylightchat.tickets.stub.testing.FakePactBroker;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.testsupport.Http;
import com.skylightchat.tickets.stub.testing.SelfSignedTls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The runnable jar as users start it: {@code java -jar target/tickets-stub-server.jar [options]}. */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("stub.runnable.jar", "target/tickets-stub-server.jar"));
    private static final Pattern URL = Pattern.compile("on (http://\\S+) ");

    @Test
    void servesTheEmbeddedPactsWithoutOptions() throws Exception {
        Process process = start("--port", "0");
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            int embedded = EmbeddedPacts.names().size();
            assertThat(embedded).as("pacts embedded by this build (PactLoaderTest covers a build without)")
                    .isPositive();
            assertThat(line).contains("from " + embedded + " embedded pact");
            Matcher url = URL.matcher(line);
            assertThat(url.find()).isTrue();
            var health = new Http(URI.create(url.group(1))).get("/__stub/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(Http.json(health).get("status").asText()).isEqualTo("UP");
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theLauncherUsesTheBuildsArchiveAndPrintsOnlyTheStartupLine(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(EmbeddedPacts.names().isEmpty(), "no embedded pacts");
        Path archive = Path.of(JAR.toString().replaceFirst("\\.jar$", ".jsa"));
        assertThat(archive).as("the build's class-data-sharing archive").isRegularFile();
        Path stdout = dir.resolve("stdout");
        Path stderr = dir.resolve("stderr");
        Path classLoading = dir.resolve("class-load.log");
        ProcessBuilder launcher = new ProcessBuilder(Path.of("bin", "tickets-stub").toAbsolutePath().toString(),
                "--port", "0", "--no-request-log", "-l", "warn")
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        // -Xshare:on: the JVM refuses to start unless the archive maps (right jar, right JVM); the class-load log
        // shows where the stub's own classes came from.
        launcher.environment().put("TICKETS_STUB_JAR", JAR.toString());
        launcher.environment().put("JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + classLoading);
        Process process = launcher.start();
        try {
            String line = firstLine(stdout, process);
            Matcher url = URL.matcher(line);
            assertThat(url.find()).as(line).isTrue();

            var ticket = new Http(URI.create(url.group(1))).get("/api/v1/tickets/14", "X-Api-Key", "test-api-key");
            process.destroy();

            assertThat(ticket.statusCode()).isEqualTo(200);
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readAllLines(stdout)).as("stdout holds the start-up line only").containsExactly(line);
            assertThat(Files.readString(stderr)).as("no SLF4J start-up race, no JVM warnings").isEmpty();
            assertThat(Files.readAllLines(classLoading))
                    .filteredOn(l -> l.contains(" com.skylightchat.tickets.stub.cli.StubMain ")
                            || l.contains(" au.com.dius.pact.core.matchers.RequestMatching ")
                            || l.contains(" io.undertow.Undertow "))
                    .as("the stub's, Pact JVM's and Undertow's classes come from the archive").hasSize(3)
                    .allMatch(l -> l.contains("source: shared objects file"));
        } finally {
            process.destroyForcibly();
        }
    }

    private static String firstLine(Path file, Process process) throws Exception {
        for (int i = 0; i < 600; i++) {
            List<String> lines = Files.readAllLines(file);
            if (!lines.isEmpty()) {
                return lines.get(0);
            }
            assertThat(process.isAlive()).as("the launcher is running").isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("no start-up line within 30 s");
    }

    @Test
    void exitsWithThreeAndNamesTheFileWhenAPactIsBroken() throws Exception {
        Path broken = Fixtures.broken("not-a-pact.json");
        Process process = start("--port", "0", "--pact", broken.toString());

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(3);
        assertThat(err).contains(broken.toString()).contains("not a pact");
    }

    @Test
    void validatesTheRecordedPactsAndAPartnersAgainstTheBundledSpecAsTheReadmeSays() throws Exception {
        // when: the README's command, on the embedded (recorded) pacts and on a directory of partner pacts
        Process recorded = start("--validate");
        Process partner = start("--validate", "--pact", Fixtures.partnerV3().toString(), "--pact",
                Fixtures.partnerV4().toString(), "--pact", Fixtures.partnerBroken().toString());

        // then
        assertThat(recorded.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(partner.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String recordedOut = new String(recorded.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String partnerOut = new String(partner.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(recorded.exitValue()).as(recordedOut).isZero();
        assertThat(recordedOut).startsWith("0 violations in ");
        assertThat(partner.exitValue()).as(partnerOut).isEqualTo(4);
        assertThat(partnerOut.lines()).filteredOn(line -> line.startsWith(Fixtures.partnerBroken() + ": "))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(partnerOut.lines()).noneMatch(line -> line.startsWith(Fixtures.partnerV4() + ": "));
    }

    @Test
    void exitsWithTwoOnAUsageError() throws Exception {
        Process process = start("--port");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
    }

    @Test
    void printsTheVersionFromTheJarsManifest() throws Exception {
        Process process = start("--version");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isZero();
        assertThat(out.strip()).matches("tickets-stub-server \\d+\\.\\d+\\.\\d+\\S*");
    }

    @Test
    void printsTheProblemAndTheUsageOnAnUnknownOption() throws Exception {
        Process process = start("--nonsense");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err).startsWith("Unknown option: '--nonsense'").contains("Usage: tickets-stub-server ");
    }

    @Test
    void servesAContractFromAPactBrokerWithTheTokenFromTheEnvironment(@TempDir Path dir) throws Exception {
        // given: a broker that wants a token, and the token where the Pact CLIs take it from
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            broker.requireToken("s3cret-broker-token");
            Path stdout = dir.resolve("stdout");
            Path stderr = dir.resolve("stderr");
            ProcessBuilder user = command("--broker-url", broker.url(), "--port", "0")
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            user.environment().put("PACT_BROKER_TOKEN", "s3cret-broker-token");

            // when
            Process process = user.start();
            try {
                String line = firstLine(stdout, process);
                Matcher url = URL.matcher(line);
                assertThat(url.find()).as(line).isTrue();
                var ticket = new Http(URI.create(url.group(1))).get("/api/v1/tickets/14", "X-Api-Key", "test-api-key");
                var health = Http.json(new Http(URI.create(url.group(1))).get("/__stub/health"));

                // then
                assertThat(line).contains("from 1 pact (Pact Broker " + broker.url() + ") on http://127.0.0.1:");
                assertThat(ticket.statusCode()).isEqualTo(200);
                assertThat(health.at("/broker/pacts/0/url").asText()).isEqualTo(broker.pactUrls().get(0));
                assertThat(health.toString()).doesNotContain("s3cret");
            } finally {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(Files.readString(stdout) + Files.readString(stderr)).doesNotContain("s3cret");
        }
    }

    @Test
    void readsAnHttpsBrokerTrustingWhatTheJdksTrustStoreTrusts(@TempDir Path dir) throws Exception {
        // given: a broker whose certificate only a private trust store knows
        SelfSignedTls tls = SelfSignedTls.create(dir);
        try (FakePactBroker broker = FakePactBroker.servingTls(tls.serverContext(), Fixtures.recorded())) {
            // when: started with the JDK's default trust store, then with the private one
            Process untrusted = start("--broker-url", broker.url(), "--port", "0");
            ProcessBuilder trusting = command("--broker-url", broker.url(), "--port", "0", "--broker-refresh", "0");
            trusting.environment().put("JAVA_TOOL_OPTIONS", "-Djavax.net.ssl.trustStore=" + tls.trustStore()
                    + " -Djavax.net.ssl.trustStorePassword=" + SelfSignedTls.PASSWORD);
            Process trusted = trusting.redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                String line = new BufferedReader(new InputStreamReader(trusted.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();

                // then
                assertThat(untrusted.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(untrusted.exitValue()).isEqualTo(3);
                assertThat(new String(untrusted.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                        .startsWith("Cannot load pacts: " + broker.url() + ": the TLS handshake with the Pact Broker "
                                + "failed: PKIX path building failed")
                        .contains("trust it with -Djavax.net.ssl.trustStore=");
                assertThat(line).contains("from 1 pact (Pact Broker " + broker.url() + ")");
            } finally {
                trusted.destroy();
                trusted.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void exitsWithThreeNamingTheBrokerWhenItCannotBeReached() throws Exception {
        FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded());
        broker.close();
        Process process = start("--broker-url", broker.url(), "--port", "0");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(3);
        assertThat(err).startsWith("Cannot load pacts: " + broker.url() + ": cannot reach the Pact Broker");
    }

    private static Process start(String... args) throws IOException {
        return command(args).start();
    }

    private static ProcessBuilder command(String... args) {
        assertThat(Files.isRegularFile(JAR)).as("runnable jar %s", JAR).isTrue();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // The user's own broker variables must not reach the stubs these tests start.
        builder.environment().keySet().removeIf(name -> name.startsWith("PACT_BROKER_"));
        return builder;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
