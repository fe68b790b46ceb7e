package com.skylightchat.tickets.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.contract.ContractNames;
import com.skylightchat.tickets.contract.coverage.CoverageFormats;
import com.skylightchat.tickets.contract.coverage.CoverageReport;
import com.skylightchat.tickets.contract.coverage.SpecOperations;
import com.skylightchat.tickets.contract.pact.PactFileReader;
import com.skylightchat.tickets.contract.pact.RecordedPact;
import com.skylightchat.tickets.contract.testing.TestPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs after the consumer tests (failsafe, integration-test phase): every interaction of every pact they recorded
 * must agree with the spec, and every spec operation must be exercised. Writes the coverage report to
 * {@code target/pact-coverage.md|json} and prints its summary into the build log. A failure here fails
 * {@code mvn verify}.
 */
class RecordedPactsIT {

    private static List<RecordedPact> pacts;

    @BeforeAll
    static void readRecordedPacts() {
        pacts = new PactFileReader().readDirectory(TestPaths.recordedPacts());
    }

    @Test
    void theConsumerTestsRecordedOneV4PactBetweenClientAndApi() {
        assertThat(pacts).extracting(RecordedPact::fileName).containsExactly(ContractNames.PACT_FILE);
        RecordedPact pact = pacts.get(0);
        assertThat(pact.consumer()).isEqualTo(ContractNames.CONSUMER);
        assertThat(pact.provider()).isEqualTo(ContractNames.PROVIDER);
        assertThat(pact.specificationVersion()).startsWith("4.");
        assertThat(pact.interactions()).allSatisfy(interaction ->
                assertThat(interaction.request().header("X-Api-Key")).as(interaction.description()).isNotEmpty());
    }

    @Test
    void everyRecordedInteractionAgreesWithTheSpec() {
        List<SpecViolation> violations = PactSpecValidator.forSpec(TestPaths.specFile()).validate(pacts);

        assertThat(violations)
                .as("Recorded pacts disagree with %s:%n%s", TestPaths.specFile(), violations.stream()
                        .map(SpecViolation::describe).collect(Collectors.joining(System.lineSeparator())))
                .isEmpty();
    }

    @Test
    void everySpecOperationIsCoveredByAnInteraction() {
        // given
        CoverageReport report = CoverageReport.of(SpecOperations.load(TestPaths.specFile()), pacts);

        // when
        List<Path> files = CoverageFormats.write(report, Path.of(System.getProperty("contract.reports.dir", "target")));
        System.out.println(CoverageFormats.summary(report) + "  report: " + files);

        // then
        assertThat(report.uncoveredOperations())
                .as("spec operations that no recorded interaction exercises (add a consumer pact test for each)")
                .isEmpty();
        assertThat(report.unmatchedInteractions()).as("interactions outside the spec").isEmpty();
    }
}
