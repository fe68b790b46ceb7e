package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.loader.BrokerCredentials;
import com.skylightchat.tickets.stub.loader.BrokerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The "Pact Broker:" options and the Pact CLI's environment variables, as users give them. */
class BrokerOptionsTest {

    private static BrokerSettings broker(Map<String, String> env, String... args) throws UsageException {
        return StubCommand.parse(args, env::get).config().broker();
    }

    @Test
    void readsNoBrokerWithoutBrokerUrlEvenWhenThePublishingVariablesAreSet() throws UsageException {
        BrokerSettings broker = broker(Map.of("PACT_BROKER_BASE_URL", "https://broker.example",
                "PACT_BROKER_TOKEN", "t0ken"));

        assertThat(broker).isNull();
    }

    @Test
    void appliesTheDefaultsToBrokerUrlAlone() throws UsageException {
        BrokerSettings broker = broker(Map.of(), "--broker-url", "https://broker.example/pact");

        assertThat(broker).isEqualTo(BrokerSettings.of(URI.create("https://broker.example/pact")));
        assertThat(broker.provider()).isEqualTo("skylight-tickets-api");
        assertThat(broker.selectors()).isEqualTo(BrokerSettings.DEFAULT_SELECTORS);
        assertThat(broker.refresh()).isEqualTo(Duration.ofMinutes(5));
        assertThat(broker.credentials()).isEqualTo(BrokerCredentials.NONE);
    }

    @Test
    void readsEveryBrokerOption() throws UsageException {
        BrokerSettings broker = broker(Map.of(), "--broker-url", "http://127.0.0.1:9292", "--broker-provider",
                "tickets", "--broker-username", "ci", "--broker-password", "pw", "--consumer-version-selectors",
                "{\"branch\": \"main\"}", "--consumer-version-tags", "prod, test", "--consumer-version-tags", "dev",
                "--broker-refresh", "30s", "--broker-timeout", "2s");

        assertThat(broker.provider()).isEqualTo("tickets");
        assertThat(broker.credentials()).isEqualTo(BrokerCredentials.basic("ci", "pw"));
        assertThat(broker.selectors()).containsExactly("{\"branch\":\"main\"}", "{\"tag\":\"prod\",\"latest\":true}",
                "{\"tag\":\"test\",\"latest\":true}", "{\"tag\":\"dev\",\"latest\":true}");
        assertThat(broker.refresh()).isEqualTo(Duration.ofSeconds(30));
        assertThat(broker.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(broker(Map.of(), "--broker-url", "http://b", "--broker-refresh", "0").refreshes()).isFalse();
    }

    @Test
    void takesTheCredentialsFromThePactCliVariables() throws UsageException {
        assertThat(broker(Map.of("PACT_BROKER_TOKEN", "t0ken"), "--broker-url", "http://b").credentials())
                .isEqualTo(BrokerCredentials.token("t0ken"));
        assertThat(broker(Map.of("PACT_BROKER_USERNAME", "ci", "PACT_BROKER_PASSWORD", "pw"), "--broker-url",
                "http://b").credentials()).isEqualTo(BrokerCredentials.basic("ci", "pw"));
        assertThat(broker(Map.of("PACT_BROKER_TOKEN", ""), "--broker-url", "http://b").credentials())
                .as("an empty variable is unset").isEqualTo(BrokerCredentials.NONE);
    }

    @Test
    void letsTheCommandLineChooseTheKindOfCredentials() throws UsageException {
        Map<String, String> both = Map.of("PACT_BROKER_TOKEN", "t0ken", "PACT_BROKER_USERNAME", "ci",
                "PACT_BROKER_PASSWORD", "pw");

        assertThat(broker(both, "--broker-url", "http://b", "--broker-token", "other").credentials())
                .isEqualTo(BrokerCredentials.token("other"));
        assertThat(broker(both, "--broker-url", "http://b", "--broker-username", "me").credentials())
                .as("the password may stay in the environment, off the command line")
                .isEqualTo(BrokerCredentials.basic("me", "pw"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--broker-token t                                      | option '--broker-token' needs --broker-url",
            "--consumer-version-tags main                          | '--consumer-version-tags' needs --broker-url",
            "--broker-url ftp://b                                  | must be an http:// or https:// URL with a host, was ftp://b",
            "--broker-url http://b --consumer-version-selectors {x | a consumer version selector is a JSON object, e.g.",
            "--broker-url http://b --consumer-version-selectors {x | '{x' is not JSON",
            "--broker-url http://b --consumer-version-selectors [] | '[]' is not an object",
            "--broker-url http://b --broker-token t --broker-username u | a token or a username and password, not both",
            "--broker-url http://b --broker-password p             | A Pact Broker password needs a username",
            "--broker-url http://b --broker-username u             | A Pact Broker username needs a password",
            "--broker-url http://b --broker-timeout 0              | --broker-timeout must be between 1ms and 24 days",
            "--broker-url http://b --broker-refresh soon           | '--broker-refresh': 'soon'"})
    void rejectsAndNames(String args, String message) {
        assertThatThrownBy(() -> broker(Map.of(), args.split(" "))).isInstanceOf(UsageException.class)
                .hasMessageContaining(message);
    }

    @Test
    void refusesBothKindsOfCredentialsInTheEnvironmentSayingHowToChoose() {
        assertThatThrownBy(() -> broker(Map.of("PACT_BROKER_TOKEN", "t", "PACT_BROKER_USERNAME", "u"),
                "--broker-url", "http://b")).isInstanceOf(UsageException.class)
                .hasMessage("A Pact Broker takes a token or a username and password, not both: PACT_BROKER_TOKEN and "
                        + "PACT_BROKER_USERNAME are both set; choose one with --broker-token or --broker-username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://ci:s3cret@broker.example", "https://ci:s3@cret@broker.example",
        "https://ci:s3/cret@broker.example", "https://ci:s3cret@broker.example:bad"})
    void refusesCredentialsInTheUrlWithoutRepeatingThem(String url) {
        assertThatThrownBy(() -> broker(Map.of(), "--broker-url", url))
                .isInstanceOf(UsageException.class).hasMessageNotContaining("s3").hasMessageNotContaining("cret")
                .hasMessageStartingWith("Invalid value for option '--broker-url': ");
    }

    @Test
    void repeatsOnlyTheSelectorOptions() {
        assertThatThrownBy(() -> broker(Map.of(), "--broker-url", "http://a", "--broker-url", "http://b"))
                .hasMessage("option '--broker-url' should be specified only once");
        assertThat(List.of("consumer-version-selectors", "consumer-version-tags"))
                .allMatch(StubOptions.REPEATABLE::contains);
    }
}
