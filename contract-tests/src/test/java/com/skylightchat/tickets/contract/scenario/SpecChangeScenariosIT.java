package com.skylightchat.tickets.contract.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skylightchat.tickets.contract.coverage.CoverageReport;
import com.skylightchat.tickets.contract.coverage.SpecOperations;
import com.skylightchat.tickets.contract.pact.PactDocument;
import com.skylightchat.tickets.contract.pact.PactReader;
import com.skylightchat.tickets.contract.testing.SpecCopy;
import com.skylightchat.tickets.contract.testing.TestPaths;
import com.skylightchat.tickets.contract.validation.PactSpecValidator;
import com.skylightchat.tickets.spec.TicketsApiSpec;
import com.skylightchat.tickets.spec.diff.Audience;
import com.skylightchat.tickets.spec.diff.BreakingChangeGate;
import com.skylightchat.tickets.spec.diff.Change;
import com.skylightchat.tickets.spec.diff.ChangeReport;
import com.skylightchat.tickets.spec.diff.ClientGeneration;
import com.skylightchat.tickets.spec.diff.GateResult;
import com.skylightchat.tickets.spec.diff.Verdict;
import com.skylightchat.tickets.spec.lint.LintReport;
import com.skylightchat.tickets.spec.lint.SpecLinter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seven edits of issue 12, each on a copy of the spec in {@code target/spec-scenarios/}, through what the build
 * runs on the real file in its order: the lint, the breaking-change gate (both build steps of the spec module), then
 * the checks of this module — every recorded interaction against the spec, and the coverage gate. Compatible edits
 * pass all of them; a new operation fails only the coverage gate, naming it; breaking edits pass the lint and fail
 * the gate, which names the change.
 *
 * <p>Each edit is judged against the spec as it is (the gate's baseline here), and new names are ones the spec does
 * not use yet, so that the team's own unreleased edits of the spec cannot make a scenario fail.
 */
class SpecChangeScenariosIT {

    private static final Path SPEC = TestPaths.specFile();
    private static final Path WORK = Path.of(System.getProperty("contract.reports.dir", "target"), "spec-scenarios");

    private static List<PactDocument> pacts;
    private static BreakingChangeGate gate;

    @BeforeAll
    static void readPactsAndPrepareTheGate() {
        pacts = PactReader.readAll(List.of(TestPaths.recordedPacts()));
        Path module = Path.of(System.getProperty("module.basedir", "."));
        gate = new BreakingChangeGate(ClientGeneration.inDirectory(
                module.resolve("../generated-client/src/main/openapi").normalize(), WORK.resolve("clients")));
    }

    @Test
    void reformattingTheSpecChangesNothing() {
        // given: the spec loaded and dumped by a YAML tool
        Path copy = SpecCopy.of(SPEC).writeTo(WORK.resolve("reformat/tickets-api.yaml"));

        // when / then
        GateResult result = passesEveryStepUpToCoverage(copy);
        assertThat(result.verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(uncoveredOperations(copy)).isEqualTo(uncoveredOperations(SPEC));
    }

    @Test
    void aNewOptionalResponseFieldIsReportedAsCompatible() {
        // given
        SpecCopy spec = SpecCopy.of(SPEC);
        ObjectNode properties = spec.object("/components/schemas/Ticket/properties");
        String field = unused("channel", properties::has);
        properties.set(field, SpecCopy.node("{type: string, description: Where the ticket was opened., example: whatsapp}"));
        Path copy = spec.writeTo(WORK.resolve("new-optional-field/tickets-api.yaml"));

        // when / then
        GateResult result = passesEveryStepUpToCoverage(copy);
        assertThat(result.verdict()).isEqualTo(Verdict.COMPATIBLE);
        assertThat(result.judgement(Audience.JAVA_CALLERS).compatible()).map(Change::toString)
                .contains("Ticket.get" + Character.toUpperCase(field.charAt(0)) + field.substring(1) + "(): method added");
        assertThat(ChangeReport.markdown(result)).contains("**Verdict: COMPATIBLE**", "field(s) added [" + field + "]");
        assertThat(uncoveredOperations(copy)).isEqualTo(uncoveredOperations(SPEC));
    }

    @Test
    void aNewOperationReachesTheClientAndOnlyTheCoverageGateObjectsNamingIt() {
        // given
        SpecCopy spec = SpecCopy.of(SPEC);
        String name = unused("replies", segment -> spec.object("/paths").has("/tickets/{id}/" + segment));
        String operationId = "listTicket" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        spec.object("/paths").set("/tickets/{id}/" + name, SpecCopy.node("""
                get:
                  operationId: %s
                  tags: [Tickets]
                  summary: List a ticket's replies
                  description: Returns the replies of one ticket, oldest first.
                  security: [{ApiKeyAuth: []}]
                  parameters: [{$ref: '#/components/parameters/TicketId'}]
                  responses:
                    '200':
                      description: The replies.
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [success, data]
                            properties:
                              success: {type: boolean}
                              data: {type: array, items: {$ref: '#/components/schemas/Reply'}}
                          example:
                            success: true
                            data: [{id: 1, reply: Hello, type: client, created_at: '2026-03-08T09:00:00.000000Z'}]
                    '401': {$ref: '#/components/responses/Unauthorized'}
                    '404': {$ref: '#/components/responses/TicketNotFound'}
                """.formatted(operationId)));
        Path copy = spec.writeTo(WORK.resolve("new-operation/tickets-api.yaml"));

        // when / then: the generated client has the operation, and only the coverage gate objects, naming it
        GateResult result = passesEveryStepUpToCoverage(copy);
        assertThat(result.verdict()).isEqualTo(Verdict.COMPATIBLE);
        assertThat(result.judgement(Audience.JAVA_CALLERS).compatible()).map(Change::toString)
                .contains("TicketsApi." + operationId + "(Long): method added");
        assertThat(uncoveredOperations(copy)).containsExactlyInAnyOrderElementsOf(
                Stream.concat(uncoveredOperations(SPEC).stream(), Stream.of(operationId)).toList());
    }

    static Stream<Arguments> breakingEdits() {
        return Stream.of(
                Arguments.of("remove-required-request-field", (Consumer<SpecCopy>) spec -> {
                    spec.object("/components/schemas/CreateTicketRequest/properties").remove("body");
                    spec.removeFrom("/components/schemas/CreateTicketRequest/required", "body");
                    spec.object("/paths/~1tickets/post/requestBody/content/application~1json/example").remove("body");
                }, "CreateTicketRequest.body(String): method removed"),
                Arguments.of("rename-enum-value", (Consumer<SpecCopy>) spec -> spec.renameValue("medium", "normal"),
                        "TicketPriority.MEDIUM: enum constant removed"),
                Arguments.of("new-required-parameter", (Consumer<SpecCopy>) spec -> spec.array("/paths/~1tickets/get/parameters")
                        .add(SpecCopy.node("{name: x_channel, in: query, required: true, description: Only this channel.,"
                                + " schema: {type: string}, example: whatsapp}")),
                        "GET /tickets parameter 'x_channel' (query): new required parameter"),
                Arguments.of("narrowed-type", (Consumer<SpecCopy>) spec -> spec.object(
                        "/components/schemas/CreateTicketRequest/properties/department_id").put("format", "int32"),
                        "CreateTicketRequest.getDepartmentId(): return type changed from Long to Integer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingEdits")
    void aBreakingEditPassesTheLintAndFailsTheGateNamingTheChange(String name, Consumer<SpecCopy> edit, String named) {
        // given
        SpecCopy spec = SpecCopy.of(SPEC);
        edit.accept(spec);
        Path copy = spec.writeTo(WORK.resolve(name + "/tickets-api.yaml"));

        // when: the spec module's build steps, in their order
        LintReport lint = SpecLinter.standard().lint(copy);
        GateResult result = gate.evaluate(TicketsApiSpec.fromFile(SPEC), TicketsApiSpec.fromFile(copy));
        ChangeReport.write(result, copy.resolveSibling("api-changes.md"));

        // then: the lint lets it through, so the gate's verdict is the build's first error
        assertThat(lint.findings()).as(lint.format()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.BREAKING);
        assertThat(result.breakingChanges()).map(Change::toString).contains(named);
    }

    /** Lint clean, gate passing against the spec as it is (report next to the copy), every recorded interaction valid. */
    private static GateResult passesEveryStepUpToCoverage(Path copy) {
        LintReport lint = SpecLinter.standard().lint(copy);
        assertThat(lint.findings()).as(lint.format()).isEmpty();
        GateResult result = gate.evaluate(TicketsApiSpec.fromFile(SPEC), TicketsApiSpec.fromFile(copy));
        ChangeReport.write(result, copy.resolveSibling("api-changes.md"));
        assertThat(result.passes()).as(result.breakingChanges().toString()).isTrue();
        assertThat(PactSpecValidator.of(TicketsApiSpec.fromFile(copy)).validate(pacts)).isEmpty();
        return result;
    }

    private static List<String> uncoveredOperations(Path copy) {
        CoverageReport report = CoverageReport.of(SpecOperations.load(copy), pacts);
        assertThat(report.unmatchedInteractions()).isEmpty();
        return report.uncoveredOperations();
    }

    /** {@code base}, or {@code base2}, {@code base3}...: the first name the spec does not use yet. */
    private static String unused(String base, Predicate<String> taken) {
        String name = base;
        for (int i = 2; taken.test(name); i++) {
            name = base + i;
        }
        return name;
    }
}
