package com.skylightchat.tickets.contract.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.contract.ContractNames;
import com.skylightchat.tickets.contract.testing.Git;
import com.skylightchat.tickets.contract.testing.RecordingBroker;
import com.skylightchat.tickets.contract.testing.TestPaths;
import com.skylightchat.tickets.testsupport.NestedMaven;
import com.skylightchat.tickets.testsupport.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code pact:publish} goal of the official Pact Maven plugin through this module's pact-publish
 * profile (a child Maven with a controlled environment) against a {@link RecordingBroker}, and checks what reached
 * the broker: the pact itself, the consumer version (project version + git commit), the branch and the auth
 * header; that a rejected publication fails the build with the broker's message; and that can-i-deploy asks
 * about this commit's version and fails when the broker says no.
 */
class PactPublishPluginIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSION =
        Pattern.compile(Pattern.quote(System.getProperty("project.version")) + "\\+([0-9a-f]{12,40})");

    @TempDir
    static Path pactDir;
    private static Path pactFile;

    @BeforeAll
    static void providePactToPublish() throws Exception {
        pactFile = Files.copy(TestPaths.recordedPacts().resolve(ContractNames.PACT_FILE),
                pactDir.resolve(ContractNames.PACT_FILE));
    }

    @Test
    void publishesThePactWithBearerTokenCommitVersionAndTheCiBranch() throws Exception {
        try (RecordingBroker broker = RecordingBroker.accepting()) {
            // given: a GitHub Actions build of branch feature/publish-wiring with a broker token
            Map<String, String> environment = Map.of("PACT_BROKER_BASE_URL", broker.baseUrl(),
                    "PACT_BROKER_TOKEN", "s3cr3t-token", "GITHUB_ACTIONS", "true",
                    "GITHUB_REF", "refs/heads/feature/publish-wiring", "GITHUB_SERVER_URL", "https://github.com",
                    "GITHUB_REPOSITORY", "skylight/tickets-toolkit", "GITHUB_RUN_ID", "4711");

            // when
            NestedMaven.Outcome outcome = publish(environment);

            // then
            assertThat(outcome.exitCode()).as(outcome.output()).isZero();
            assertThat(broker.publications()).hasSize(1);
            RecordedRequest publication = broker.publications().get(0);
            assertThat(publication.header("Authorization")).isEqualTo("Bearer s3cr3t-token");
            JsonNode body = JSON.readTree(publication.body());
            assertThat(body.path("pacticipantName").asText()).isEqualTo(ContractNames.CONSUMER);
            assertThat(body.path("branch").asText()).isEqualTo("feature/publish-wiring");
            assertThat(body.path("buildUrl").asText())
                    .isEqualTo("https://github.com/skylight/tickets-toolkit/actions/runs/4711");
            assertVersionIsProjectVersionPlusHeadCommit(body.path("pacticipantVersionNumber").asText());
            JsonNode contract = body.path("contracts").get(0);
            assertThat(contract.path("providerName").asText()).isEqualTo(ContractNames.PROVIDER);
            assertThat(contract.path("specification").asText()).isEqualTo("pact");
            assertThat(new String(Base64.getDecoder().decode(contract.path("content").asText()),
                    StandardCharsets.UTF_8)).isEqualTo(Files.readString(pactFile));
        }
    }

    @Test
    void publishesWithBasicAuthAndTheBranchGitHasCheckedOut() throws Exception {
        try (RecordingBroker broker = RecordingBroker.accepting()) {
            // given: a Jenkins job (no branch variables), a self-hosted broker with basic auth
            Map<String, String> environment = Map.of("PACT_BROKER_BASE_URL", broker.baseUrl(),
                    "PACT_BROKER_USERNAME", "ci-publisher", "PACT_BROKER_PASSWORD", "pa55word",
                    "BUILD_URL", "https://jenkins.example/job/tickets/128/");

            // when
            NestedMaven.Outcome outcome = publish(environment);

            // then
            assertThat(outcome.exitCode()).as(outcome.output()).isZero();
            RecordedRequest publication = broker.publications().get(0);
            assertThat(publication.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString("ci-publisher:pa55word".getBytes(StandardCharsets.UTF_8)));
            JsonNode body = JSON.readTree(publication.body());
            assertThat(body.path("branch").asText()).isEqualTo(Git.expectedBranch());
            assertThat(body.path("buildUrl").asText()).isEqualTo("https://jenkins.example/job/tickets/128/");
            assertVersionIsProjectVersionPlusHeadCommit(body.path("pacticipantVersionNumber").asText());
        }
    }

    @Test
    void aRejectedPublicationFailsTheBuildWithTheBrokersMessage() throws Exception {
        try (RecordingBroker broker = RecordingBroker.rejecting()) {
            // given: a GitLab job
            Map<String, String> environment = Map.of("PACT_BROKER_BASE_URL", broker.baseUrl(),
                    "PACT_BROKER_TOKEN", "s3cr3t-token", "CI_JOB_URL", "https://gitlab.example/tickets/-/jobs/99");

            // when
            NestedMaven.Outcome outcome = publish(environment);

            // then
            assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
            assertThat(outcome.output()).contains(RecordingBroker.REJECTION)
                    .contains("One or more of the pact files were rejected by the pact broker");
            assertThat(JSON.readTree(broker.publications().get(0).body()).path("buildUrl").asText())
                    .isEqualTo("https://gitlab.example/tickets/-/jobs/99");
        }
    }

    @Test
    void publishingWithoutABrokerUrlFailsBeforeThePluginNamingTheVariableToSet() {
        // when: no PACT_BROKER_BASE_URL (the child Maven inherits none of the parent's broker variables)
        NestedMaven.Outcome outcome = publish(Map.of());

        // then
        assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
        assertThat(outcome.output()).contains("PACT_BROKER_BASE_URL is not set")
                .doesNotContain("pactBrokerUrl is required");
    }

    @Test
    void canIDeployAsksTheMatrixForThisCommitsVersionAndFailsWhenTheBrokerSaysNo() throws Exception {
        try (RecordingBroker broker = RecordingBroker.rejecting()) {
            // given
            Map<String, String> environment = Map.of("PACT_BROKER_BASE_URL", broker.baseUrl(),
                    "PACT_BROKER_TOKEN", "s3cr3t-token");

            // when
            NestedMaven.Outcome outcome = NestedMaven.in(TestPaths.moduleDir()).run(environment,
                    List.of("-DtoEnvironment=production", "validate", "pact:can-i-deploy"));

            // then
            assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
            assertThat(outcome.output()).contains(RecordingBroker.MATRIX_REASON);
            RecordedRequest matrix = broker.received().stream()
                    .filter(r -> r.path().equals("/matrix") && r.header("Authorization") != null)
                    .findFirst().orElseThrow();
            String query = java.net.URLDecoder.decode(matrix.rawQuery(), StandardCharsets.UTF_8);
            assertThat(query).contains("q[][pacticipant]=" + ContractNames.CONSUMER, "environment=production");
            Matcher version = Pattern.compile("q\\[]\\[version]=([^&]+)").matcher(query);
            assertThat(version.find()).as(query).isTrue();
            assertVersionIsProjectVersionPlusHeadCommit(version.group(1));
        }
    }

    private static NestedMaven.Outcome publish(Map<String, String> environment) {
        return NestedMaven.in(TestPaths.moduleDir()).run(environment,
                List.of("-Dpacts.directory=" + pactDir, "validate", "pact:publish"));
    }

    private static void assertVersionIsProjectVersionPlusHeadCommit(String version) {
        Matcher matcher = VERSION.matcher(version);
        assertThat(matcher.matches()).as("consumer version %s", version).isTrue();
        assertThat(Git.headCommit()).startsWith(matcher.group(1));
    }
}
