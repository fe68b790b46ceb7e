package com.skylightchat.tickets.contract.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.NotFoundException;
import com.skylightchat.tickets.contract.ContractNames;
import com.skylightchat.tickets.contract.testing.TestPaths;
import com.skylightchat.tickets.testsupport.NestedMaven;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * Publishes through the pact-publish profile to a real Pact Broker ({@code pactfoundation/pact-broker}, SQLite,
 * basic auth) and reads the pact back. Runs wherever Docker can provide the image locally (system property
 * {@code pact.broker.image} picks another tag); skipped with the reason where there is no Docker or no image,
 * since images cannot be pulled on the build machines.
 */
@Testcontainers(disabledWithoutDocker = true)
class PactBrokerContainerIT {

    private static final DockerImageName IMAGE = DockerImageName.parse(
            System.getProperty("pact.broker.image", "pactfoundation/pact-broker:latest"));
    private static final String USER = "publisher";
    private static final String PASSWORD = "publisher-password";

    @TempDir
    Path pactDir;

    @Test
    void publishedPactCanBeReadBackFromTheBroker() throws Exception {
        // The check sits in the test (not @BeforeAll) so that reports count it as a skipped test with its reason.
        String reason = "Docker image " + IMAGE + " is not present locally and cannot be pulled here; "
                + "load it into Docker (or set -Dpact.broker.image) to run this test";
        boolean present = imageIsPresent();
        if (!present) {
            System.out.println("PactBrokerContainerIT skipped: " + reason);
        }
        assumeTrue(present, reason);
        try (GenericContainer<?> broker = brokerContainer()) {
            // given
            broker.start();
            Files.copy(TestPaths.recordedPacts().resolve(ContractNames.PACT_FILE),
                    pactDir.resolve(ContractNames.PACT_FILE));
            String baseUrl = "http://" + broker.getHost() + ":" + broker.getMappedPort(9292);

            // when
            NestedMaven.Outcome outcome = NestedMaven.in(TestPaths.moduleDir()).run(Map.of(
                            "PACT_BROKER_BASE_URL", baseUrl, "PACT_BROKER_USERNAME", USER, "PACT_BROKER_PASSWORD",
                            PASSWORD),
                    List.of("-Dpacts.directory=" + pactDir, "-Dpact.branch=container-test", "validate",
                            "pact:publish"));

            // then
            assertThat(outcome.exitCode()).as(outcome.output()).isZero();
            HttpResponse<String> latest = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
                            + "/pacts/provider/" + ContractNames.PROVIDER + "/consumer/" + ContractNames.CONSUMER
                            + "/latest"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/hal+json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(latest.statusCode()).isEqualTo(200);
            JsonNode pact = new ObjectMapper().readTree(latest.body());
            assertThat(pact.path("consumer").path("name").asText()).isEqualTo(ContractNames.CONSUMER);
            assertThat(pact.path("interactions")).hasSize(5);
        }
    }

    private static GenericContainer<?> brokerContainer() {
        return new GenericContainer<>(IMAGE)
                .withExposedPorts(9292)
                .withEnv(Map.of("PACT_BROKER_DATABASE_ADAPTER", "sqlite",
                        "PACT_BROKER_DATABASE_NAME", "/tmp/pact_broker.sqlite3",
                        "PACT_BROKER_BASIC_AUTH_USERNAME", USER, "PACT_BROKER_BASIC_AUTH_PASSWORD", PASSWORD,
                        "PACT_BROKER_PUBLIC_HEARTBEAT", "true"))
                .waitingFor(Wait.forHttp("/diagnostic/status/heartbeat").forStatusCode(200)
                        .withStartupTimeout(Duration.ofSeconds(45)));
    }

    private static boolean imageIsPresent() {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(IMAGE.asCanonicalNameString()).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
