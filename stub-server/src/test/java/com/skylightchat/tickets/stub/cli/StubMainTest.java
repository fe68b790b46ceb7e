package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.testing.FakePactBroker;
import com.skylightchat.tickets.stub.testing.Fixtures;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class StubMainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command as {@code main} would; a started server is closed again at once. */
    private int run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs the command with {@code env} as its environment (not this JVM's: a CI may export PACT_BROKER_TOKEN). */
    private int run(Map<String, String> env, String... args) {
        StubMain.Launch launch = StubMain.launch(args, env::get, new PrintWriter(out, true),
                new PrintWriter(err, true));
        if (launch.server() != null) {
            launch.server().close();
        }
        return launch.exitCode();
    }

    @Test
    void printsHelpGroupedByConcernAndExitsZero() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Pacts:", "Network:", "Admin:", "Provider states:",
                "Misses and validation:", "Faults:", "Limits:", "Logging:", "--pact", "--host", "--provider-state",
                "--spec", "--max-body", "--log-level", "Exit codes:");
    }

    @Test
    void exitsWithTwoOnAnUnknownOption() {
        int code = run("--nonsense");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--nonsense'");
    }

    @Test
    void exitsWithTwoOnABadValue() {
        assertThat(run("--port", "eighty")).isEqualTo(2);
        assertThat(run("--max-body", "12 parsecs")).isEqualTo(2);
        assertThat(run("--log-level", "loud")).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--nonsense                   | Unknown option: '--nonsense'",
            "--por 1                      | Unknown option: '--por'",
            "stray                        | Unmatched argument: 'stray'",
            "--port 1 --port 2            | option '--port' should be specified only once",
            "--port eighty                | '--port': 'eighty'",
            "--port 70000                 | '--port': '70000'",
            "--max-body 12parsecs         | '--max-body': unknown size unit in '12parsecs'",
            "--log-level loud             | '--log-level': 'loud'",
            "--watch-interval 5fortnights | '--watch-interval': unknown time unit in '5fortnights'",
            "--port                       | option '--port' (PORT)"})
    void printsTheProblemThenTheUsageAndExitsWithTwo(String args, String problem) {
        int code = run(args.split(" "));

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).hasSize(3).first(InstanceOfAssertFactories.STRING).contains(problem);
        assertThat(err.toString()).endsWith("Usage: tickets-stub-server [OPTIONS]" + System.lineSeparator()
                + "Run with --help for every option." + System.lineSeparator());
    }

    @Test
    void namesTheOptionAndTheBadValue() {
        assertThat(run("--port", "70000")).isEqualTo(2);
        assertThat(run("--watch-interval", "5", "fortnights")).isEqualTo(2);

        assertThat(err.toString()).contains("Invalid value for option '--port': '70000'")
                .contains("Unmatched argument: 'fortnights'");
    }

    @Test
    void printsTheVersionAndExitsZero() {
        int code = run("--version");

        assertThat(code).isZero();
        // Run from classes there is no jar manifest; RunnableJarIT checks the jar's real version.
        assertThat(out.toString()).startsWith("tickets-stub-server ")
                .isEqualTo(StubHelp.version() + System.lineSeparator());
    }

    @Test
    void printsHelpExactlyAsTheDocsShowIt() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("docs/cli.md"));
        Matcher block = Pattern.compile("## `--help`\\n\\n```\\n(.*?)```\\n", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("docs/cli.md has a ## `--help` section with a code block").isTrue();

        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString().replace(System.lineSeparator(), "\n")).isEqualTo(block.group(1));
    }

    @Test
    void keepsHelpWithinEightyColumnsWithoutTrailingBlanks() {
        run("--help");

        assertThat(out.toString().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80)
                .doesNotEndWith(" "));
    }

    @Test
    void exitsWithThreeNamingTheBrokenPactFile() {
        int code = run("--port", "0", "--pact", Fixtures.broken("truncated.json").toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("Cannot load pacts: " + Fixtures.broken("truncated.json"))
                .contains("not valid JSON");
    }

    @Test
    void validatesTheEmbeddedPactsAgainstTheBundledSpec() {
        int code = run("--validate");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).singleElement().asString()
                .startsWith("0 violations in " + Fixtures.RECORDED_INTERACTIONS + " interactions of 1 pact, checked "
                        + "against ");
    }

    @Test
    void validatesAPartnersPactsPrintingOneLinePerViolationAndExitsWithFour() {
        int code = run("--validate", "--pact", Fixtures.partnerV3().toString(), "--pact",
                Fixtures.partnerBroken().toString());

        assertThat(code).isEqualTo(4);
        List<String> lines = out.toString().lines().toList();
        String broken = Fixtures.partnerBroken().toString();
        assertThat(lines).filteredOn(line -> line.startsWith(broken + ": interactions["))
                .extracting(line -> line.substring(broken.length() + 2, line.indexOf(']') + 1))
                .contains("interactions[0]", "interactions[1]", "interactions[2]", "interactions[3]");
        assertThat(lines).noneMatch(line -> line.startsWith(Fixtures.partnerV3() + ":"));
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ violations in 10 interactions of 2 pacts, .*");
    }

    @Test
    void validatingAPactThatCannotBeReadExitsWithThree() {
        int code = run("--validate", "--pact", Fixtures.broken("truncated.json").toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("Cannot load pacts: " + Fixtures.broken("truncated.json"));
    }

    @Test
    void refusesAPactThatCannotBeServedAsItIsWithThreeNamingFileInteractionAndProblem(@TempDir Path dir)
            throws IOException {
        // given: a specification version Pact does not define, an interaction without a request, a broken regex
        Path future = Files.writeString(dir.resolve("future.json"), "{\"consumer\":{\"name\":\"c\"},\"provider\":"
                + "{\"name\":\"p\"},\"interactions\":[{\"description\":\"d\",\"request\":{\"method\":\"GET\","
                + "\"path\":\"/a\"},\"response\":{\"status\":200}}],\"metadata\":{\"pactSpecification\":"
                + "{\"version\":\"99.0\"}}}");
        Path headless = Files.writeString(dir.resolve("headless.json"), "{\"consumer\":{\"name\":\"c\"},"
                + "\"provider\":{\"name\":\"p\"},\"interactions\":[{\"description\":\"no request\","
                + "\"response\":{\"status\":200}}]}");

        // then
        assertThat(run("--port", "0", "--pact", future.toString())).isEqualTo(3);
        assertThat(run("--port", "0", "--pact", headless.toString())).isEqualTo(3);
        assertThat(err.toString()).contains(future + ": pactSpecification version '99.0' is not one Pact defines")
                .contains(headless + ": interactions[0] \"no request\": the HTTP interaction has no \"request\"");
    }

    @Test
    void exitsWithTwoListingTheKnownStatesForAnUnknownDefaultState() {
        int code = run("--port", "0", "--pact", Fixtures.recorded().toString(), "--provider-state", "nonsense");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown provider state 'nonsense'").contains(Fixtures.ANSWERED);
    }

    @Test
    void printsOneStartupLineWithCountsAndTheUrl() {
        int code = run("--port", "0", "--pact", Fixtures.recorded().toString(), "--pact",
                Fixtures.partnerV3().getParent().toString());

        assertThat(code).isZero();
        int interactions = Fixtures.RECORDED_INTERACTIONS + Fixtures.PARTNER_V3_INTERACTIONS;
        assertThat(out.toString().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .matches("tickets-stub-server: serving " + interactions + " interactions from 2 pacts on "
                        + "http://127\\.0\\.0\\.1:\\d+ "
                        + "\\(admin: http://127\\.0\\.0\\.1:\\d+/__stub/\\)"));
    }

    @Test
    void warnsOfInteractionsItCannotServeInsteadOfDroppingThemSilently(@TempDir Path dir) throws IOException {
        Path mixed = Files.writeString(dir.resolve("mixed.json"), """
                {"consumer":{"name":"c"},"provider":{"name":"p"},
                 "interactions":[
                   {"type":"Asynchronous/Messages","description":"ticket created event","contents":{}},
                   {"type":"Synchronous/HTTP","description":"list","request":{"method":"GET","path":"/api/v1/x"},
                    "response":{"status":200}}],
                 "metadata":{"pactSpecification":{"version":"4.0"}}}""");

        int code = run("--port", "0", "--pact", mixed.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("serving 1 interaction from 1 pact");
        assertThat(err.toString()).contains("WARNING: skipped 1 interaction that is not HTTP (messages), which an "
                + "HTTP stub cannot serve: " + mixed + ": ticket created event");
    }

    @Test
    void saysItSimulatesInTheStartupLine() {
        int code = run("--simulate", "--port", "0", "--max-tickets", "50");

        assertThat(code).isZero();
        assertThat(out.toString().strip()).matches("tickets-stub-server: simulating the Tickets API in memory "
                + "\\(up to 50 tickets\\) on http://127\\.0\\.0\\.1:\\d+ "
                + "\\(admin: http://127\\.0\\.0\\.1:\\d+/__stub/\\)");
    }

    @Test
    void warnsWhenBoundToEveryInterface() {
        int code = run("--host", "0.0.0.0", "--port", "0", "--pact", Fixtures.recorded().toString());

        assertThat(code).isZero();
        assertThat(err.toString()).contains("WARNING: bound to 0.0.0.0, not loopback");
    }

    @Test
    void namesTheBindAddressAndTheLoopbackUrlWhenBoundToEveryInterface() {
        int code = run("--host", "0.0.0.0", "--port", "0", "--pact", Fixtures.recorded().toString());

        assertThat(code).isZero();
        assertThat(out.toString().strip()).matches("tickets-stub-server: serving \\d+ interactions? from 1 pact on "
                + "0\\.0\\.0\\.0:(\\d+), every interface \\(on this machine: http://127\\.0\\.0\\.1:\\1; "
                + "admin: http://127\\.0\\.0\\.1:\\1/__stub/, X-Stub-Admin-Token: [0-9a-f]{32}\\)");
    }

    @Test
    void buildsTheConfigFromTheOptions() throws UsageException {
        StubCommand command = StubCommand.parse(new String[] {"--pact", "a.json", "--cors", "--no-admin", "--spec",
                "--provider-state", "ticket 14 exists", "--read-timeout", "500ms", "--max-headers", "8k"});

        var config = command.config();

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.http().cors()).isTrue();
        assertThat(config.admin().enabled()).isFalse();
        assertThat(config.replay().specValidation()).isTrue();
        assertThat(config.replay().spec()).isNull();
        assertThat(config.replay().providerState()).isEqualTo("ticket 14 exists");
        assertThat(config.http().readTimeout()).hasMillis(500);
        assertThat(config.http().maxHeaderBytes()).isEqualTo(8192);
    }

    @Test
    void servesTheBrokersPactsNamingTheBrokerInTheStartupLine() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            int code = run("--port", "0", "--broker-url", broker.url(), "--broker-refresh", "0");

            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString().strip()).matches("tickets-stub-server: serving " + Fixtures.RECORDED_INTERACTIONS
                    + " interactions from 1 pact \\(Pact Broker " + Pattern.quote(broker.url()) + "\\) on "
                    + "http://127\\.0\\.0\\.1:\\d+ \\(admin: http://127\\.0\\.0\\.1:\\d+/__stub/\\)");
        }
    }

    @Test
    void exitsWithThreeNamingTheBrokerWhenItCannotBeReached() throws IOException {
        FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded());
        broker.close();

        int code = run("--port", "0", "--broker-url", broker.url());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("Cannot load pacts: " + broker.url() + ": cannot reach the Pact Broker");
    }

    @Test
    void exitsWithThreeWithTheBrokersRefusalAndNeverPrintsTheToken() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            broker.requireToken("the-right-token");

            int code = run(Map.of("PACT_BROKER_TOKEN", "a-wrong-s3cret"), "--port", "0", "--broker-url", broker.url());

            assertThat(code).isEqualTo(3);
            assertThat(err.toString()).startsWith("Cannot load pacts: " + broker.url() + ": the Pact Broker refused "
                    + "the request (HTTP 401: " + FakePactBroker.REFUSAL + "); check the credentials (bearer token "
                    + "****)").doesNotContain("a-wrong-s3cret");
            assertThat(broker.received().get(0).header("Authorization")).isEqualTo("Bearer a-wrong-s3cret");
        }
    }

    @Test
    void exitsWithThreeWhenTheBrokerHasNoPactsForTheSelectors() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving()) {
            int code = run("--port", "0", "--broker-url", broker.url(), "--consumer-version-tags", "prod");

            assertThat(code).isEqualTo(3);
            assertThat(err.toString().strip()).isEqualTo("Cannot load pacts: " + broker.url() + ": no pacts for "
                    + "provider 'skylight-tickets-api' with the consumer version selectors "
                    + "[{\"tag\":\"prod\",\"latest\":true}]");
        }
    }

    @Test
    void validatesTheBrokersPactsNamingEachByItsUrl() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.partnerV3(), Fixtures.partnerBroken())) {
            int code = run("--validate", "--broker-url", broker.url());

            assertThat(code).isEqualTo(4);
            assertThat(out.toString().lines()).anyMatch(line -> line.startsWith(broker.pactUrls().get(1) + ": "))
                    .noneMatch(line -> line.startsWith(broker.pactUrls().get(0) + ": "));
        }
    }
}
