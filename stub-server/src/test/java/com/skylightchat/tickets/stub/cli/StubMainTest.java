package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.testing.Fixtures;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import java.util.List;
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
        StubMain.Launch launch = StubMain.launch(args, new PrintWriter(out, true), new PrintWriter(err, true));
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
        assertThat(err.toString().lines().findFirst()).get(InstanceOfAssertFactories.STRING).contains(problem);
        assertThat(err.toString()).endsWith(StubHelp.text());
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
    void printsHelpExactlyAsTheReadmeShowsIt() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("README.md"));
        Matcher block = Pattern.compile("## `--help`\\n\\n```\\n(.*?)```\\n", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README.md has a ## `--help` section with a code block").isTrue();

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
}
