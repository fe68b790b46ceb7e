package com.skylightchat.tickets.stub.loader;

import com.skylightchat.tickets.contract.pact.PactDocument;
import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.stub.testing.FakePactBroker;
import com.skylightchat.tickets.stub.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading pacts from a Pact Broker as a Pact verifier does, against a stand-in broker on loopback. */
class BrokerPactsTest {

    private static BrokerSettings settings(FakePactBroker broker) {
        return BrokerSettings.of(URI.create(broker.url()));
    }

    @Test
    void readsThePactsTheBrokerSelectsForTheProviderNamingEachByItsUrl() throws IOException {
        // given
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded(), Fixtures.partnerV3())) {
            // when
            List<PactDocument> pacts = new BrokerPacts(settings(broker)).fetch();

            // then
            assertThat(pacts).extracting(PactDocument::source).isEqualTo(broker.pactUrls());
            assertThat(pacts).extracting(pact -> pact.interactions().size())
                    .containsExactly(Fixtures.RECORDED_INTERACTIONS, Fixtures.PARTNER_V3_INTERACTIONS);
            assertThat(broker.received()).extracting(r -> r.method() + " " + r.path()).containsExactly("GET /",
                    "POST /pacts/provider/skylight-tickets-api/for-verification",
                    "GET " + URI.create(broker.pactUrls().get(0)).getPath(),
                    "GET " + URI.create(broker.pactUrls().get(1)).getPath());
            assertThat(broker.received())
                    .allSatisfy(r -> assertThat(r.header("Accept")).contains("application/hal+json"));
        }
    }

    @Test
    void sendsTheCredentialsOnlyToTheBrokersOwnOriginNotWhereverALinkPoints() throws IOException {
        // given: a broker whose index sends the verifier to another server for the pacts
        try (FakePactBroker broker = FakePactBroker.serving(); FakePactBroker elsewhere =
                FakePactBroker.serving(Fixtures.recorded())) {
            broker.requireToken("s3cret-token");
            broker.index("{\"_links\":{\"pb:provider-pacts-for-verification\":{\"href\":\"" + elsewhere.url()
                    + "/pacts/provider/{provider}/for-verification\",\"templated\":true}}}");

            // when
            new BrokerPacts(settings(broker).withCredentials(BrokerCredentials.token("s3cret-token"))).fetch();

            // then
            assertThat(broker.received()).extracting(r -> r.header("Authorization"))
                    .containsOnly("Bearer s3cret-token");
            assertThat(elsewhere.received()).isNotEmpty().allSatisfy(r -> assertThat(r.header("Authorization"))
                    .isNull());
        }
    }

    @Test
    void asksForThePactsOfTheMainBranchAndOfWhatIsDeployedOrReleasedWhenGivenNoSelectors() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            new BrokerPacts(settings(broker)).fetch();

            assertThat(broker.lastSelectors().toString())
                    .isEqualTo("[{\"mainBranch\":true},{\"deployedOrReleased\":true}]");
            assertThat(broker.received().get(1).body()).contains("\"includePendingStatus\":false");
            assertThat(broker.received().get(1).header("Content-Type")).isEqualTo("application/json");
        }
    }

    @Test
    void sendsTheSelectorsItIsGiven() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            new BrokerPacts(settings(broker).withSelectors(List.of("{\"branch\":\"feat/x\"}",
                    "{ \"deployed\": true, \"environment\": \"production\" }"))).fetch();

            assertThat(broker.lastSelectors().toString())
                    .isEqualTo("[{\"branch\":\"feat/x\"},{\"deployed\":true,\"environment\":\"production\"}]");
        }
    }

    @Test
    void sendsABearerTokenAsThePactCliDoes() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            broker.requireToken("s3cret-token");

            new BrokerPacts(settings(broker).withCredentials(BrokerCredentials.token("s3cret-token"))).fetch();

            assertThat(broker.received()).hasSize(3)
                    .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer s3cret-token"));
        }
    }

    @Test
    void sendsBasicAuthenticationAsThePactCliDoes() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            broker.requireBasic("ci", "pa:ss");

            new BrokerPacts(settings(broker).withCredentials(BrokerCredentials.basic("ci", "pa:ss"))).fetch();

            assertThat(broker.received()).hasSize(3)
                    .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Basic Y2k6cGE6c3M="));
        }
    }

    @Test
    void expandsTheTemplateWithTheProviderNamePercentEncoded() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            BrokerSettings settings = settings(broker).withProvider("Ticket Service/v2");

            assertThatThrownBy(() -> new BrokerPacts(settings).fetch()).isInstanceOf(PactLoadException.class)
                    .hasMessage(broker.url() + "/pacts/provider/Ticket%20Service%2Fv2/for-verification: the Pact "
                            + "Broker answered HTTP 404: No provider with name 'Ticket Service/v2' found");
            assertThat(broker.received().get(1).path())
                    .isEqualTo("/pacts/provider/Ticket%20Service%2Fv2/for-verification");
        }
    }

    @Test
    void namesTheBrokerAndWhyWhenItCannotBeReached() throws IOException {
        FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded());
        broker.close();

        assertThatThrownBy(() -> new BrokerPacts(settings(broker)).fetch())
                .hasMessage(broker.url() + ": cannot reach the Pact Broker: connection refused");
        assertThatThrownBy(() -> new BrokerPacts(BrokerSettings.of(URI.create("https://no-such-host.invalid")))
                .fetch()).hasMessage("https://no-such-host.invalid: cannot reach the Pact Broker: unknown host "
                        + "no-such-host.invalid");
    }

    @Test
    void passesOnTheBrokersMessageWhenItRefusesTheCredentials() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            broker.requireToken("the-right-one");

            assertThatThrownBy(() -> new BrokerPacts(settings(broker)).fetch())
                    .hasMessage(broker.url() + ": the Pact Broker refused the request (HTTP 401: "
                            + FakePactBroker.REFUSAL + "); no credentials were sent: set PACT_BROKER_TOKEN, or "
                            + "PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD (or --broker-token, --broker-username "
                            + "and --broker-password)");
            assertThatThrownBy(() -> new BrokerPacts(settings(broker)
                    .withCredentials(BrokerCredentials.token("a-wrong-one"))).fetch())
                    .hasMessageEndingWith("check the credentials (bearer token ****)");
        }
    }

    @Test
    void neverShowsTheSecretsEvenWhenTheBrokerEchoesThem() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            broker.answerEverything(403, "application/json", "{\"error\":\"Bearer s3cret-token may not read\"}");
            BrokerSettings settings = settings(broker).withCredentials(BrokerCredentials.token("s3cret-token"));

            assertThatThrownBy(() -> new BrokerPacts(settings).fetch())
                    .hasMessageContaining("HTTP 403: **** may not read").hasMessageNotContaining("s3cret");
            assertThat(settings.toString()).doesNotContain("s3cret");
            assertThat(BrokerCredentials.basic("ci", "pa55").toString()).isEqualTo("basic auth as ci ****");
        }
    }

    @Test
    void saysWhenTheIndexIsNoPactBrokersHal() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            broker.answerEverything(200, "text/html", "<html><body>Please log in</body></html>");
            assertThatThrownBy(() -> new BrokerPacts(settings(broker)).fetch())
                    .hasMessage(broker.url() + ": the answer is not a JSON object, so not the Pact Broker's "
                            + "(Content-Type: text/html; starts with '<html><body>Please log in</body></html>')");

            broker.serve();
            broker.index("{\"_links\":{\"pb:latest-provider-pacts\":{\"href\":\"/pacts/provider/{provider}\"}}}");
            assertThatThrownBy(() -> new BrokerPacts(settings(broker)).fetch())
                    .hasMessage(broker.url() + ": the index has no 'pb:provider-pacts-for-verification' link: not a "
                            + "Pact Broker, or one too old for consumer version selectors");
        }
    }

    @Test
    void saysThatThereAreNoPactsForTheProviderWithTheseSelectors() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving()) {
            assertThatThrownBy(() -> new BrokerPacts(settings(broker)).fetch())
                    .hasMessage(broker.url() + ": no pacts for provider 'skylight-tickets-api' with the consumer "
                            + "version selectors [{\"mainBranch\":true}, {\"deployedOrReleased\":true}]");
        }
    }

    @Test
    void namesThePactUrlWhenAPactIsBroken() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded(),
                Fixtures.broken("truncated.json"))) {
            assertThatThrownBy(() -> new BrokerPacts(settings(broker)).fetch())
                    .hasMessageStartingWith(broker.pactUrls().get(1) + ": not valid JSON");
        }
    }

    @Test
    void givesUpOnABrokerThatDoesNotAnswerWithinTheTimeout() throws IOException {
        // given: a port whose backlog takes the connection, and nobody who ever answers
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            URI url = URI.create("http://127.0.0.1:" + silent.getLocalPort());
            long start = System.nanoTime();

            assertThatThrownBy(() -> new BrokerPacts(BrokerSettings.of(url).withTimeout(Duration.ofMillis(300)))
                    .fetch()).hasMessage(url + ": the Pact Broker did not answer within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void refusesAnAnswerLargerThanItsLimit() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            broker.answerEverything(200, "application/json", "[" + "0,".repeat(BrokerClient.MAX_BYTES / 2) + "0]");

            assertThatThrownBy(() -> new BrokerPacts(settings(broker)).fetch())
                    .hasMessage(broker.url() + ": the answer is larger than 32 MiB");
        }
    }

    @Test
    void remembersTheLastFetchAndTheLastFailureForTheHealthEndpoint() throws IOException {
        try (FakePactBroker broker = FakePactBroker.serving(Fixtures.recorded())) {
            BrokerPacts pacts = new BrokerPacts(settings(broker));
            pacts.fetch();
            Map<String, Object> fetched = pacts.status();
            broker.answerEverything(503, "text/plain", "down for maintenance");
            assertThatThrownBy(pacts::fetch).isInstanceOf(PactLoadException.class);
            Map<String, Object> failed = pacts.status();

            assertThat(fetched).containsEntry("url", broker.url()).containsEntry("provider", "skylight-tickets-api")
                    .containsEntry("lastError", null)
                    .containsEntry("pacts", List.of(Map.of("url", broker.pactUrls().get(0),
                            "name", "Pact between a consumer and skylight-tickets-api")));
            assertThat(failed.get("fetchedAt")).isEqualTo(fetched.get("fetchedAt"));
            assertThat(failed.get("lastError").toString())
                    .contains(broker.url() + ": the Pact Broker answered HTTP 503: 'down for maintenance'");
        }
    }
}
