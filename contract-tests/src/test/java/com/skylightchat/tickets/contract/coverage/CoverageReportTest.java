package com.skylightchat.tickets.contract.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.contract.pact.PactDocument;
import com.skylightchat.tickets.contract.pact.PactReader;
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

    private static final String PARTNER_V4 = "skylight-help-widget-v4.json";
    private static SpecOperations spec;

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
        assertThat(spec.find("POST", "/api/v1/tickets/14/reply")).get()
                .extracting(SpecOperation::statuses).isEqualTo(List.copyOf(reply.getResponses().keySet()));
    }

    @Test
    void resolvesTheLiteralDepartmentsPathBeforeTheTicketIdTemplate() {
        assertThat(spec.find("GET", "/api/v1/tickets/departments")).get()
                .extracting(SpecOperation::operationId).isEqualTo("listDepartments");
        assertThat(spec.find("GET", "/api/v1/tickets/14")).get()
                .extracting(SpecOperation::operationId).isEqualTo("getTicket");
        assertThat(spec.find("DELETE", "/api/v1/tickets/14")).isEmpty();
    }

    @Test
    void aPathWithoutTheBasePathFitsNoOperation() {
        assertThat(spec.find("GET", "/tickets/14")).isEmpty();
    }

    @Test
    void marksEachCoveredStatusWithTheInteractionsThatCoverIt() {
        // given
        PactDocument pact = PactReader.read(TestPaths.fixture("partner/" + PARTNER_V4));

        // when
        CoverageReport report = CoverageReport.of(spec, List.of(pact));

        // then
        OperationCoverage departments = row(report, "listDepartments");
        assertThat(departments.interactionsByStatus().get("200"))
                .containsExactly(PARTNER_V4 + " › a request for the departments from the help widget");
        assertThat(departments.interactionsByStatus().get("401"))
                .containsExactly(PARTNER_V4 + " › a request for departments with a revoked key");
        assertThat(row(report, "getTicket").uncoveredStatuses()).containsExactly("401", "404");
        assertThat(report.uncoveredResponses()).contains("getTicket 401", "listTickets 422");
    }

    @Test
    void namesEveryOperationThatNoInteractionExercises() {
        // given: this pact has no close interaction
        PactDocument pact = PactReader.read(TestPaths.fixture("partner/" + PARTNER_V4));

        // when
        CoverageReport report = CoverageReport.of(spec, List.of(pact));

        // then: every operation of the spec but the five the pact exercises
        List<String> exercised = List.of("listTickets", "createTicket", "getTicket", "replyToTicket",
                "listDepartments");
        List<String> others = spec.all().stream().map(SpecOperation::operationId)
                .filter(id -> !exercised.contains(id)).toList();
        assertThat(report.uncoveredOperations()).containsExactlyInAnyOrderElementsOf(others).contains("closeTicket");
        assertThat(report.coveredOperationCount()).isEqualTo(5);
        assertThat(CoverageFormats.summary(report))
                .contains("5/" + spec.all().size() + " operations", "uncovered operations: ", "closeTicket");
    }

    @Test
    void listsInteractionsWithAnUndocumentedStatusApart() {
        PactDocument pact = PactReader.read(TestPaths.fixture("rejected/undocumented-status.json"));

        CoverageReport report = CoverageReport.of(spec, List.of(pact));

        assertThat(report.unmatchedInteractions()).containsExactly("undocumented-status.json › a request for "
                + "departments that fails (GET /api/v1/tickets/departments -> 404)");
        assertThat(row(report, "listDepartments").isCovered()).isFalse();
    }

    @Test
    void writesMarkdownAndJsonThatAgreeWithTheReport(@TempDir Path dir) throws Exception {
        // given
        CoverageReport report = CoverageReport.of(spec, PactReader.readAll(List.of(
                TestPaths.fixture("partner/" + PARTNER_V4), TestPaths.fixture("partner/refused-invalid-input-422.json"))));

        // when
        List<Path> files = CoverageFormats.write(report, dir);

        // then
        String markdown = Files.readString(files.get(0));
        assertThat(markdown).contains("| listDepartments | GET | `/tickets/departments` | 200 |",
                PARTNER_V4 + " › a request for the departments from the help widget", "**not covered**");
        JsonNode json = new ObjectMapper().readTree(files.get(1).toFile());
        assertThat(json.at("/totals/operations").asInt()).isEqualTo(spec.all().size());
        assertThat(json.at("/totals/coveredResponses").asLong()).isEqualTo(report.coveredResponseCount());
        assertThat(json.at("/operations/0/operationId").asText()).isEqualTo("listTickets");
        assertThat(json.at("/operations/0/responses/422/0").asText())
                .isEqualTo("refused-invalid-input-422.json › a list with per_page above 100 and an unknown status");
        assertThat(json.path("uncoveredOperations")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(report.uncoveredOperations()).contains("closeTicket");
    }

    private static OperationCoverage row(CoverageReport report, String operationId) {
        return report.operations().stream().filter(r -> r.operation().operationId().equals(operationId))
                .findFirst().orElseThrow();
    }
}
