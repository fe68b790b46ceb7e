package com.skylightchat.tickets.spec.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.skylightchat.tickets.spec.TicketsApiSpec;
import com.skylightchat.tickets.spec.testing.ChangeCases;
import com.skylightchat.tickets.spec.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The verdict from both judges' findings, on edits of the gate's small fixture API. */
class BreakingChangeGateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BreakingChangeGate gate = new BreakingChangeGate(Fixtures.clientGeneration());

    @Test
    void wordingOnlyIsUnchanged() {
        GateResult result = evaluate(edit("replace", "/paths/~1things/get/responses/200/description", "Every thing."));

        assertThat(result.verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(result.judgements()).allSatisfy(judgement -> assertThat(judgement.changes()).isEmpty());
    }

    @Test
    void aNewOptionalResponseFieldIsCompatibleForBothAudiences() {
        // given
        ArrayNode edits = JSON.createArrayNode();
        edits.addObject().put("op", "add").put("path", "/components/schemas/Thing/properties/size").putObject("value").put("type", "string");

        // when
        GateResult result = evaluate(edits);

        // then
        assertThat(result.verdict()).isEqualTo(Verdict.COMPATIBLE);
        assertThat(result.judgement(Audience.HTTP_CLIENTS).compatible()).isNotEmpty();
        assertThat(result.judgement(Audience.JAVA_CALLERS).compatible()).map(Change::toString).contains("Thing.getSize(): method added");
    }

    @Test
    void aChangeOnlyJavaCallersNoticeIsBreaking() {
        // when: openapi-diff lets a removed request field pass; the generated builder method disappears
        GateResult result = evaluate(removeRequiredRequestField(null));

        // then
        assertThat(result.verdict()).isEqualTo(Verdict.BREAKING);
        assertThat(result.passes()).isFalse();
        assertThat(result.judgement(Audience.HTTP_CLIENTS).isBreaking()).isFalse();
        assertThat(result.breakingChanges()).map(Change::toString).contains("NewThing.name(String): method removed");
        assertThat(result.nextMajorVersion()).isEqualTo("2.0.0");
    }

    @Test
    void aNewServerUrlIsBreakingForHttpClientsThoughOpenapiDiffIgnoresServers() {
        // given: the base path moves, as /api/v1 -> /api/v2 would
        ArrayNode edits = JSON.createArrayNode();
        edits.addObject().put("op", "add").put("path", "/servers").putArray("value").addObject()
                .put("url", "https://things.example/api/v2");

        // when
        GateResult result = evaluate(edits);

        // then
        assertThat(result.verdict()).isEqualTo(Verdict.BREAKING);
        assertThat(result.judgement(Audience.HTTP_CLIENTS).isBreaking()).isTrue();
        assertThat(result.breakingChanges()).map(Change::toString).anyMatch(c -> c.contains("server URL changed"));
    }

    @Test
    void aResponseFieldThatMayNowBeNullIsBreakingForHttpClients() {
        // when: openapi-diff calls it compatible, and the generated Java type stays the same
        GateResult result = evaluate(bool("add", "/components/schemas/Thing/properties/name/nullable", true));

        // then
        assertThat(result.verdict()).isEqualTo(Verdict.BREAKING);
        assertThat(result.breakingChanges()).map(Change::toString).anyMatch(c -> c.contains("now nullable"));
    }

    @Test
    void aBreakingChangeWithAMajorVersionBumpPasses() {
        GateResult result = evaluate(removeRequiredRequestField("2.0.0"));

        assertThat(result.verdict()).isEqualTo(Verdict.BREAKING_WITH_MAJOR_BUMP);
        assertThat(result.passes()).isTrue();
    }

    @Test
    void aMinorVersionBumpDoesNotAnnounceABreakingChange() {
        assertThat(evaluate(removeRequiredRequestField("1.1.0")).verdict()).isEqualTo(Verdict.BREAKING);
    }

    @Test
    void majorVersionIsTheFirstNumber() {
        assertThat(BreakingChangeGate.major("2.0.0")).isEqualTo(2);
        assertThat(BreakingChangeGate.major("10.3.1-rc1")).isEqualTo(10);
    }

    @Test
    void theBuildComparesWithTheReleasedBaselineThatSitsNextToTheSpec() {
        Path baseline = Fixtures.baselineFile();

        assertThat(baseline).isEqualTo(Path.of(System.getProperty("tickets.spec.file")).resolveSibling("baseline/tickets-api.yaml"));
        assertThat(baseline).isRegularFile();
        assertThat(BreakingChangeGate.major(TicketsApiSpec.fromFile(baseline).version())).isPositive();
    }

    private GateResult evaluate(ArrayNode edits) {
        return gate.evaluate(ChangeCases.baseline(), ChangeCases.edited("changed", edits));
    }

    private static ArrayNode bool(String op, String path, boolean value) {
        ArrayNode edits = JSON.createArrayNode();
        edits.addObject().put("op", op).put("path", path).put("value", value);
        return edits;
    }

    private static ArrayNode edit(String op, String path, String value) {
        ArrayNode edits = JSON.createArrayNode();
        edits.addObject().put("op", op).put("path", path).put("value", value);
        return edits;
    }

    static ArrayNode removeRequiredRequestField(String version) {
        ArrayNode edits = JSON.createArrayNode();
        edits.addObject().put("op", "remove").put("path", "/components/schemas/NewThing/properties/name");
        edits.addObject().put("op", "remove-value").put("path", "/components/schemas/NewThing/required").put("value", "name");
        if (version != null) {
            edits.addObject().put("op", "replace").put("path", "/info/version").put("value", version);
        }
        return edits;
    }
}
