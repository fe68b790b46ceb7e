package com.skylightchat.tickets.spec.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.spec.TicketsApiSpec;
import com.skylightchat.tickets.spec.testing.Fixtures;
import com.skylightchat.tickets.spec.testing.SpecEdits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven ({@code changes/*.json}): each case edits a copy of the released baseline and names the verdict the
 * gate must reach — {@code {comment, edits: [{op, path, value}], verdict, mentions?, openApiDiff?}}; {@code mentions} is one
 * line the build's failure message must contain; the optional
 * {@code openApiDiff} pins openapi-diff's own result, so the table also shows which cases need our extra checks.
 */
class BreakingChangeGateTest {

    private final BreakingChangeGate gate = new BreakingChangeGate();

    static Stream<Arguments> cases() throws IOException {
        ObjectMapper json = new ObjectMapper();
        return Fixtures.directory("changes").map(file -> {
            try {
                return Arguments.of(file.getFileName().toString().replace(".json", ""), json.readTree(file.toFile()));
            } catch (IOException e) {
                throw new IllegalStateException(file.toString(), e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reachesTheExpectedVerdict(String name, JsonNode change) {
        // given
        TicketsApiSpec baseline = TicketsApiSpec.fromFile(Fixtures.baselineFile());
        TicketsApiSpec changed = TicketsApiSpec.fromString(name, SpecEdits.apply(baseline.yaml(), change.get("edits")));

        // when
        GateResult result = gate.evaluate(baseline, changed);

        // then
        Verdict expected = Verdict.valueOf(change.get("verdict").asText());
        assertThat(result.verdict()).as(change.get("comment").asText() + "\n" + result.breakingChanges()).isEqualTo(expected);
        assertThat(result.passes()).isEqualTo(expected.passes());
        assertThat(result.breakingChanges().isEmpty()).isEqualTo(!result.breaking());
        if (change.has("mentions")) {
            assertThat(result.breakingChanges()).contains(change.get("mentions").asText());
        }
        if (change.has("openApiDiff")) {
            // documents which cases openapi-diff catches itself and which need ClientBreakingChecks
            assertThat(result.openApiDiffResult()).isEqualTo(change.get("openApiDiff").asText());
        }
    }

    @Test
    void theSpecMayBeReleasedAfterTheBaseline() {
        // when
        GateResult result = gate.evaluate(TicketsApiSpec.fromFile(Fixtures.baselineFile()), TicketsApiSpec.current());

        // then
        assertThat(result.passes()).as(String.join("\n", result.breakingChanges())).isTrue();
    }

    @Test
    void namesTheRemovedOptionalFieldThatOpenApiDiffLetsThrough() {
        // given
        TicketsApiSpec baseline = TicketsApiSpec.fromFile(Fixtures.baselineFile());
        JsonNode edit = new ObjectMapper().createArrayNode().add(new ObjectMapper().createObjectNode()
                .put("op", "remove").put("path", "/components/schemas/TicketWithReplies/properties/last_reply_at"));

        // when
        GateResult result = gate.evaluate(baseline, TicketsApiSpec.fromString("x", SpecEdits.apply(baseline.yaml(), edit)));

        // then
        assertThat(result.openApiDiffResult()).isNotEqualTo("INCOMPATIBLE");
        assertThat(result.extraBreakingChanges()).contains(
                "GET /tickets/{id} response: field 'data.last_reply_at' was removed",
                "POST /tickets/{id}/reply response: field 'data.last_reply_at' was removed");
    }

    @Test
    void majorVersionIsTheFirstNumber() {
        assertThat(BreakingChangeGate.major("2.0.0")).isEqualTo(2);
        assertThat(BreakingChangeGate.major("10.3.1-rc1")).isEqualTo(10);
    }

    @Test
    void comparesWithTheReleasedBaselineThatSitsNextToTheSpec() {
        Path baseline = Fixtures.baselineFile();

        assertThat(baseline).isEqualTo(Path.of(System.getProperty("tickets.spec.file")).resolveSibling("baseline/tickets-api.yaml"));
        assertThat(baseline).isRegularFile();
        assertThat(BreakingChangeGate.major(TicketsApiSpec.fromFile(baseline).version())).isPositive();
    }
}
