package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.Mode;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.faults.FaultRule;
import com.skylightchat.tickets.stub.simulator.Department;
import com.skylightchat.tickets.stub.simulator.SimulatorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Option parsing as users type it: spellings, defaults, and every kind of usage error with what it names. */
class StubCommandTest {

    private static StubConfig config(String... args) throws UsageException {
        return StubCommand.parse(args).config();
    }

    @Test
    void appliesStubConfigsDefaultsWhenNoOptionIsGiven() throws UsageException {
        StubCommand command = StubCommand.parse(new String[0]);

        assertThat(command.config()).isEqualTo(StubConfig.builder().build());
        assertThat(command.logLevel()).isEqualTo("info");
        assertThat(command.helpRequested()).isFalse();
        assertThat(command.versionRequested()).isFalse();
    }

    @Test
    void acceptsBothTheSeparateAndTheEqualsSpelling() throws UsageException {
        assertThat(config("--port", "9090").port()).isEqualTo(9090);
        assertThat(config("--port=9090").port()).isEqualTo(9090);
        assertThat(config("--watch", "--watch-interval=250ms").watchInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(config("-s", "ticket 14 exists").replay().providerState()).isEqualTo("ticket 14 exists");
    }

    @ParameterizedTest
    @CsvSource({"-l,DEBUG", "-lDEBUG,", "-l=DEBUG,", "--log-level,DEBUG", "--log-level=DEBUG,"})
    void readsTheLogLevelInEverySpelling(String first, String second) throws UsageException {
        String[] args = second == null ? new String[] {first} : new String[] {first, second};

        assertThat(StubCommand.parse(args).logLevel()).isEqualTo("debug");
    }

    @Test
    void usesTheBundledSpecForSpecWithoutAValue() throws UsageException {
        StubConfig bundled = config("--spec", "--port", "0");
        StubConfig file = config("--spec=x.yaml");
        StubConfig separate = config("--spec", "x.yaml");

        assertThat(bundled.replay().specValidation()).isTrue();
        assertThat(bundled.replay().spec()).isNull();
        assertThat(bundled.port()).isZero();
        assertThat(file.replay().specValidation()).isTrue();
        assertThat(file.replay().spec()).isEqualTo(Path.of("x.yaml"));
        assertThat(separate.replay().spec()).isEqualTo(Path.of("x.yaml"));
        assertThat(config().replay().specValidation()).isFalse();
    }

    @Test
    void collectsEveryPactInOrder() throws UsageException {
        assertThat(config("--pact", "a.json", "-p", "dir", "--pact=b.json", "-p=c.json").pacts())
                .containsExactly(Path.of("a.json"), Path.of("dir"), Path.of("b.json"), Path.of("c.json"));
    }

    @Test
    void readsEveryOtherOption() throws UsageException {
        StubConfig config = config("--watch", "--host", "0.0.0.0", "--cors", "--io-threads", "3",
                "--provider-state-header", "X-State", "--max-body", "64k", "--max-headers", "8k",
                "--read-timeout", "PT2S", "--idle-timeout", "2m", "--journal-size", "5", "--match-cache", "0",
                "--no-request-log", "--admin-token", "t0k3n", "--no-match-status", "500", "--max-in-flight", "8m",
                "--max-match-body", "16k", "--body-timeout", "5s", "--grace-period", "1s", "--journal-body", "1k",
                "--fault", "delay=2s", "--fault", "path=/api/v1/tickets/14,status=503,retry-after=1,times=2");

        assertThat(config).isEqualTo(StubConfig.builder().watch(true).host("0.0.0.0").cors(true)
                .ioThreads(3).providerStateHeader("X-State").maxBodyBytes(64 * 1024).maxHeaderBytes(8 * 1024)
                .readTimeout(Duration.ofSeconds(2)).idleTimeout(Duration.ofMinutes(2)).journalSize(5)
                .matchCacheSize(0).requestLog(false).adminToken("t0k3n").noMatchStatus(500)
                .maxInFlightBodyBytes(8 * 1024 * 1024).maxMatchBodyBytes(16 * 1024).bodyTimeout(Duration.ofSeconds(5))
                .gracePeriod(Duration.ofSeconds(1)).journalBodyBytes(1024)
                .fault(new FaultRule(null, null, Duration.ofSeconds(2), Duration.ZERO, false, 0, -1, 0))
                .fault(new FaultRule(null, "/api/v1/tickets/14", Duration.ZERO, Duration.ZERO, false, 503, 1, 2))
                .build());
        assertThat(config("--no-admin").admin().enabled()).isFalse();
    }

    @Test
    void recognisesHelpAndVersionAlsoClustered() throws UsageException {
        assertThat(StubCommand.parse(new String[] {"-h"}).helpRequested()).isTrue();
        assertThat(StubCommand.parse(new String[] {"--version"}).versionRequested()).isTrue();
        StubCommand both = StubCommand.parse(new String[] {"-hV"});
        assertThat(both.helpRequested()).isTrue();
        assertThat(both.versionRequested()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "--nonsense                    | Unknown option: '--nonsense'",
            "--por 1                       | Unknown option: '--por'",
            "--no-adm                      | Unknown option: '--no-adm'",
            "-x                            | Unknown option: '-x'",
            "pacts.json                    | Unmatched argument: 'pacts.json'",
            "--port 1 --port 2             | option '--port' should be specified only once",
            "--cors --cors                 | option '--cors' should be specified only once",
            "-l info --log-level debug     | option '--log-level' should be specified only once",
            "--port                        | Missing required parameter for option '--port' (PORT)",
            "--port eighty                 | Invalid value for option '--port': 'eighty' (not a whole number)",
            "--port 70000                  | Invalid value for option '--port': '70000' (a port is 0 to 65535)",
            "--max-body 12parsecs          | Invalid value for option '--max-body': unknown size unit in '12parsecs'",
            "--max-headers lots            | Invalid value for option '--max-headers': 'lots' is not a number",
            "--log-level loud              | Invalid value for option '--log-level': 'loud' (use error, warn, info",
            "--watch-interval 5fortnights  | Invalid value for option '--watch-interval': unknown time unit in '5fo",
            "--read-timeout PTx            | Invalid value for option '--read-timeout': 'PTx' is not an ISO-8601",
            "--journal-size many           | Invalid value for option '--journal-size': 'many' (not a whole number)",
            "--journal-size 0              | Invalid option: --journal-size must be between 1 and 1000000, was 0",
            "--no-match-status 200         | Invalid option: --no-match-status must be a 4xx or 5xx status, was 200",
            "--max-body 0                  | Invalid option: --max-body must be between 1 and 2147483647, was 0",
            "--read-timeout 0              | Invalid option: --read-timeout must be between 1ms and 24 days, was 0ms",
            "--admin-token=                | Invalid option: --admin-token must not be blank",
            "--watch-interval 2s           | option '--watch-interval' needs --watch",
            "--no-admin --admin-token t    | option '--admin-token' has no effect with --no-admin",
            "--pact a.json --pact ./a.json | option '--pact' names './a.json' twice",
            "--fault status=teapot         | Invalid value for option '--fault': 'status=teapot' (fault status: 'te",
            "--fault color=red             | Invalid value for option '--fault': 'color=red' (unknown fault key 'co",
            "--fault path=/a               | Invalid value for option '--fault': 'path=/a' (a fault needs a delay,",
            "--fault drop=maybe            | Invalid value for option '--fault': 'drop=maybe' (fault drop: 'maybe' is",
            "--fault delay=1s,delay=2s     | Invalid value for option '--fault': 'delay=1s,delay=2s' (fault key 'del",
            "--simulate --pact a.json      | option '--pact' is for replay mode; --simulate serves no pacts",
            "--simulate --watch            | option '--watch' is for replay mode; --simulate serves no pacts",
            "--simulate --validate         | option '--validate' is for replay mode; --simulate serves no pacts",
            "--api-key k                   | option '--api-key' is for simulate mode; add --simulate",
            "--max-tickets 5               | option '--max-tickets' is for simulate mode; add --simulate",
            "--simulate --max-tickets 0    | Invalid option: --max-tickets must be between 1 and 10000000, was 0",
            "--simulate --departments a,,b | Invalid value for option '--departments': 'a,,b' (a department title i",
            "--simulate --simulate         | option '--simulate' should be specified only once"})
    void rejectsAndNames(String args, String message) {
        assertThatThrownBy(() -> StubCommand.parse(args.split(" ")))
                .isInstanceOf(UsageException.class).hasMessageStartingWith(message);
    }

    @Test
    void readsTheSimulatorsOptionsWithRepeatedKeys() throws UsageException {
        StubConfig config = config("--simulate", "--api-key", "one", "--api-key=two", "--departments",
                "Billing, Sales", "--max-tickets", "5", "--max-replies", "50", "--max-text", "1k");

        assertThat(config.mode()).isEqualTo(Mode.SIMULATE);
        assertThat(config.simulator().apiKeys()).containsExactly("one", "two");
        assertThat(config.simulator().departments()).containsExactly(new Department(1, "Billing"),
                new Department(2, "Sales"));
        assertThat(config.simulator().maxTickets()).isEqualTo(5);
        assertThat(config.simulator().maxReplies()).isEqualTo(50);
        assertThat(config.simulator().maxTextChars()).isEqualTo(1024);
        assertThat(config("--simulate").simulator()).isEqualTo(SimulatorSettings.defaults());
    }

    @Test
    void namesAPactPathTheFileSystemCannotHold() {
        assertThatThrownBy(() -> StubCommand.parse(new String[] {"--pact", "a\u0000b.json"}))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("Invalid value for option '--pact': 'a\u0000b.json' (");
    }

    @Test
    void keepsASpacedValueWhole() {
        assertThatThrownBy(() -> StubCommand.parse(new String[] {"--max-body", "12 parsecs"}))
                .hasMessage("Invalid value for option '--max-body': unknown size unit in '12 parsecs' (use k or m)");
    }
}
