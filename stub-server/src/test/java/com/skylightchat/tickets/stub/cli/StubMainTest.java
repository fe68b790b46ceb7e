package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class StubMainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return StubMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    }

    @Test
    void printsHelpGroupedByConcernAndExitsZero() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Pacts:", "Network:", "Provider states:", "Validation:", "Limits:",
                "Logging:", "--pact", "--host", "--provider-state", "--spec", "--max-body", "--log-level",
                "Exit codes:");
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

    @Test
    void exitsWithThreeNamingTheBrokenPactFile() {
        int code = run("--port", "0", "--pact", Fixtures.broken("truncated.json").toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("Cannot load pacts: " + Fixtures.broken("truncated.json"))
                .contains("not valid JSON");
    }

    @Test
    void exitsWithTwoListingTheKnownStatesForAnUnknownDefaultState() {
        int code = run("--port", "0", "--pact", Fixtures.v4().toString(), "--provider-state", "nonsense");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown provider state 'nonsense'").contains(Fixtures.ANSWERED);
    }

    @Test
    void printsOneStartupLineWithCountsAndTheUrl() {
        int code = run("--port", "0", "--pact", Fixtures.v4().toString(), "--pact", Fixtures.v3Dir().toString());

        assertThat(code).isZero();
        assertThat(out.toString().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .matches("tickets-stub-server: serving 17 interactions from 2 pacts on http://127\\.0\\.0\\.1:\\d+ "
                        + "\\(admin: http://127\\.0\\.0\\.1:\\d+/__stub/\\)"));
    }

    @Test
    void warnsWhenBoundToEveryInterface() {
        int code = run("--host", "0.0.0.0", "--port", "0", "--pact", Fixtures.v4().toString());

        assertThat(code).isZero();
        assertThat(err.toString()).contains("WARNING: bound to 0.0.0.0, not loopback");
    }

    @Test
    void namesTheBindAddressAndTheLoopbackUrlWhenBoundToEveryInterface() {
        int code = run("--host", "0.0.0.0", "--port", "0", "--pact", Fixtures.v4().toString());

        assertThat(code).isZero();
        assertThat(out.toString().strip()).matches("tickets-stub-server: serving \\d+ interactions? from 1 pact on "
                + "0\\.0\\.0\\.0:(\\d+), every interface \\(on this machine: http://127\\.0\\.0\\.1:\\1; "
                + "admin: http://127\\.0\\.0\\.1:\\1/__stub/\\)");
    }

    @Test
    void findsTheLogLevelInEverySpellingBeforeParsing() {
        assertThat(StubMain.scanLogLevel(new String[] {"--port", "0"})).isEqualTo("info");
        assertThat(StubMain.scanLogLevel(new String[] {"-l", "DEBUG"})).isEqualTo("debug");
        assertThat(StubMain.scanLogLevel(new String[] {"--log-level", "warn"})).isEqualTo("warn");
        assertThat(StubMain.scanLogLevel(new String[] {"--log-level=error"})).isEqualTo("error");
        assertThat(StubMain.scanLogLevel(new String[] {"-ltrace"})).isEqualTo("trace");
        assertThat(StubMain.scanLogLevel(new String[] {"-l=off"})).isEqualTo("off");
    }

    @Test
    void buildsTheConfigFromTheOptions() {
        StubCommand command = new StubCommand();
        new picocli.CommandLine(command).parseArgs("--pact", "a.json", "--cors", "--no-admin", "--spec",
                "--provider-state", "ticket 14 exists", "--read-timeout", "500ms", "--max-headers", "8k");

        var config = command.toConfig();

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.cors()).isTrue();
        assertThat(config.admin()).isFalse();
        assertThat(config.specValidation()).isTrue();
        assertThat(config.spec()).isNull();
        assertThat(config.providerState()).isEqualTo("ticket 14 exists");
        assertThat(config.readTimeout()).hasMillis(500);
        assertThat(config.maxHeaderBytes()).isEqualTo(8192);
    }
}
