package com.skylightchat.tickets.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.V4Interaction;
import com.skylightchat.tickets.contract.ContractNames;
import com.skylightchat.tickets.contract.coverage.CoverageFormats;
import com.skylightchat.tickets.contract.coverage.CoverageReport;
import com.skylightchat.tickets.contract.coverage.SpecOperations;
import com.skylightchat.tickets.contract.pact.HttpInteraction;
import com.skylightchat.tickets.contract.pact.PactDocument;
import com.skylightchat.tickets.contract.pact.PactReader;
import com.skylightchat.tickets.contract.testing.TestPaths;
import com.skylightchat.tickets.spec.TicketsApiSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs after the consumer tests (failsafe, integration-test phase): every interaction of every pact they recorded
 * must agree with the spec, carry the provider's real paths, and every spec operation must be exercised. Writes the
 * coverage report to {@code target/pact-coverage.md|json} and prints its summary into the build log. A failure here
 * fails {@code mvn verify}.
 */
class RecordedPactsIT {

    private static final TicketsApiSpec SPEC = TicketsApiSpec.fromFile(TestPaths.specFile());
    private static List<PactDocument> pacts;

    @BeforeAll
    static void readRecordedPacts() {
        pacts = PactReader.readAll(List.of(TestPaths.recordedPacts()));
    }

    @Test
    void theConsumerTestsRecordedOneV4PactBetweenClientAndApi() {
        assertThat(pacts).extracting(pact -> TestPaths.fileName(pact.source())).containsExactly(ContractNames.PACT_FILE);
        PactDocument pact = pacts.get(0);
        assertThat(pact.consumer()).isEqualTo(ContractNames.CONSUMER);
        assertThat(pact.provider()).isEqualTo(ContractNames.PROVIDER);
        assertThat(pact.interactions()).allSatisfy(interaction -> assertThat(interaction.exchange())
                .isInstanceOf(V4Interaction.SynchronousHttp.class));
        assertThat(pact.interactions()).allSatisfy(interaction -> assertThat(interaction.request().getHeaders())
                .as(interaction.description()).containsKey("X-Api-Key"));
    }

    @Test
    void everyRecordedPathIsAPathTheProviderServesUnderTheSpecsBasePath() {
        assertThat(SPEC.basePath()).isEqualTo("/api/v1");
        assertThat(pacts.get(0).interactions()).extracting(interaction -> interaction.request().getPath())
                .allSatisfy(path -> assertThat(path).startsWith(SPEC.basePath() + "/tickets"));
    }

    @Test
    void everyRecordedInteractionAgreesWithTheSpec() {
        List<PactViolation> violations = PactSpecValidator.of(SPEC).validate(pacts);

        assertThat(violations)
                .as("Recorded pacts disagree with %s:%n%s", TestPaths.specFile(), violations.stream()
                        .map(PactViolation::describe).collect(Collectors.joining(System.lineSeparator())))
                .isEmpty();
    }

    @Test
    void everySpecOperationIsCoveredByAnInteraction() {
        // given
        CoverageReport report = CoverageReport.of(SpecOperations.of(SPEC), pacts);

        // when
        List<Path> files = CoverageFormats.write(report, Path.of(System.getProperty("contract.reports.dir", "target")));
        System.out.println(CoverageFormats.summary(report) + "  report: " + files);

        // then
        assertThat(report.uncoveredOperations())
                .as("spec operations that no recorded interaction exercises (add a consumer pact test for each)")
                .isEmpty();
        assertThat(report.unmatchedInteractions()).as("interactions outside the spec").isEmpty();
        assertThat(pacts.get(0).interactions()).extracting(HttpInteraction::description).isNotEmpty();
    }
}
