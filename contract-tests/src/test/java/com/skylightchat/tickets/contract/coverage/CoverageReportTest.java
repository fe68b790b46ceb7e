package com.skylightchat.tickets.contract.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.contract.pact.PactFileReader;
import com.skylightchat.tickets.contract.pact.RecordedPact;
import com.skylightchat.tickets.contract.testing.TestPaths;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageReportTest {

    private static SpecOperations spec;
    private final PactFileReader reader = new PactFileReader();

    @BeforeAll
    static void loadSpec() {
        spec = SpecOperations.load(TestPaths.specFile());
    }

    @Test
    void listsEveryOperationOfTheSpecWithItsDocumentedStatuses() {
        // given: the spec as swagger-parser reads it
        OpenAPI api = new OpenAPIV3Parser().read(TestPaths.specFile().toString());
        List<String> ids = api.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream()).map(Operation::getOperationId).toList();
        Operation reply = api.getPaths().get("/tickets/{id}/reply").getPost();

        // then
        assertThat(spec.all()).extracting(SpecOperation::operationId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(spec.find("POST", "/tickets/14/reply")).get()
                .extracting(SpecOperation::statuses).isEqualTo(List.copyOf(reply.getResponses().keySet()));
    }

    @Test
    void findsAnOperationWhetherOrNotThePathCarriesTheServersBasePath() {
        assertThat(spec.find("GET", "/api/v1/tickets/14")).get().extracting(SpecOperation::operationId).isEqualTo("getTicket");
        assertThat(spec.find("GET", "/tickets/14")).get().extracting(SpecOperation::operationId).isEqualTo("getTicket");
        assertThat(spec.find("GET", "/api/v2/tickets/14")).isEmpty();
    }

    @Test
    void resolvesTheLiteralDepartmentsPathBeforeTheTicketIdTemplate() {
        assertThat(spec.find("GET", "/tickets/departments")).get()
                .extracting(SpecOperation::operationId).isEqualTo("listDepartments");
        assertThat(spec.find("GET", "/tickets/14")).get()
                .extracting(SpecOperation::operationId).isEqualTo("getTicket");
        assertThat(spec.find("DELETE", "/tickets/14")).isEmpty();
    }

    @Test
    void marksEachCoveredStatusWithTheInteractionsThatCoverIt() {
        // given
        RecordedPact pact = reader.read(TestPaths.fixture("accepted/departments-and-ticket-v4.json"));

        // when
        CoverageReport report = CoverageReport.of(spec, List.of(pact));

        // then
        OperationCoverage getTicket = row(report, "getTicket");
        assertThat(getTicket.interactionsByStatus().get("200"))
                .containsExactly("departments-and-ticket-v4.json › a request for ticket 14");
        assertThat(getTicket.interactionsByStatus().get("404"))
                .containsExactly("departments-and-ticket-v4.json › a request for a missing ticket");
        assertThat(getTicket.uncoveredStatuses()).containsExactly("401");
        assertThat(report.uncoveredResponses()).contains("getTicket 401", "listTickets 422");
    }

    @Test
    void namesEveryOperationThatNoInteractionExercises() {
        // given: this pact has no reply and no close interactions
        RecordedPact pact = reader.read(TestPaths.fixture("accepted/departments-and-ticket-v4.json"));

        // when
        CoverageReport report = CoverageReport.of(spec, List.of(pact));

        // then: every operation of the spec but the four the pact exercises
        List<String> exercised = List.of("listTickets", "createTicket", "getTicket", "listDepartments");
        List<String> others = spec.all().stream().map(SpecOperation::operationId).filter(id -> !exercised.contains(id)).toList();
        assertThat(report.uncoveredOperations()).containsExactlyInAnyOrderElementsOf(others).contains("replyToTicket", "closeTicket");
        assertThat(report.coveredOperationCount()).isEqualTo(4);
        assertThat(CoverageFormats.summary(report))
                .contains("4/" + spec.all().size() + " operations", "uncovered operations: ", "replyToTicket", "closeTicket");
    }

    @Test
    void listsInteractionsWithAnUndocumentedStatusApart() {
        RecordedPact pact = reader.read(TestPaths.fixture("rejected/undocumented-status.json"));

        CoverageReport report = CoverageReport.of(spec, List.of(pact));

        assertThat(report.unmatchedInteractions()).containsExactly(
                "undocumented-status.json › a request for departments that fails (GET /tickets/departments -> 404)");
        assertThat(row(report, "listDepartments").isCovered()).isFalse();
    }

    @Test
    void writesMarkdownAndJsonThatAgreeWithTheReport(@TempDir Path dir) throws Exception {
        // given
        CoverageReport report = CoverageReport.of(spec,
                reader.readDirectory(TestPaths.fixture("accepted")));

        // when
        List<Path> files = CoverageFormats.write(report, dir);

        // then
        String markdown = Files.readString(files.get(0));
        assertThat(markdown).contains("| listDepartments | GET | `/tickets/departments` | 200 |",
                "departments-v3.json › a request for all departments", "**not covered**");
        JsonNode json = new ObjectMapper().readTree(files.get(1).toFile());
        assertThat(json.at("/totals/operations").asInt()).isEqualTo(spec.all().size());
        assertThat(json.at("/totals/coveredResponses").asLong()).isEqualTo(report.coveredResponseCount());
        assertThat(json.at("/operations/0/operationId").asText()).isEqualTo("listTickets");
        assertThat(json.at("/operations/0/responses/401/0").asText())
                .isEqualTo("departments-v3.json › a filtered list request");
        assertThat(json.path("uncoveredOperations")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(report.uncoveredOperations()).contains("replyToTicket", "closeTicket");
    }

    private static OperationCoverage row(CoverageReport report, String operationId) {
        return report.operations().stream().filter(r -> r.operation().operationId().equals(operationId))
                .findFirst().orElseThrow();
    }
}
