package com.skylightchat.tickets.spec.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.spec.TicketsApiSpec;
import com.skylightchat.tickets.spec.testing.ChangeCases;
import com.skylightchat.tickets.spec.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step: reports (Markdown and JSON) on every run; fails only on an unannounced break, saying what to do. */
class BreakingChangeGateMainTest {

    @TempDir
    Path dir;

    @Test
    void writesBothReportsAndPassesForACompatibleChange() throws IOException {
        // given
        Path report = dir.resolve("reports/api-changes.md");
        TicketsApiSpec changed = ChangeCases.edited("x", new ObjectMapper().readTree(
                "[{\"op\": \"add\", \"path\": \"/components/schemas/Thing/properties/size\", \"value\": {\"type\": \"string\"}}]"));

        // when
        run(changed, report);

        // then
        assertThat(Files.readString(report)).startsWith("# API changes: 1.0.0 → 1.0.0")
                .contains("**Verdict: COMPATIBLE**", "| **Java callers**", "`Thing.getSize()`: method added");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("reports/api-changes.json").toFile());
        assertThat(json.at("/verdict").asText()).isEqualTo("COMPATIBLE");
        assertThat(json.at("/judgements/1/audience").asText()).isEqualTo("JAVA_CALLERS");
    }

    @Test
    void failsNamingTheChangeItsAudienceAndTheWayToReleaseItAndStillWritesTheReports() throws IOException {
        // given
        Path report = dir.resolve("api-changes.md");
        TicketsApiSpec changed = ChangeCases.edited("x", BreakingChangeGateTest.removeRequiredRequestField(null));

        // when / then
        assertThatThrownBy(() -> run(changed, report))
                .isInstanceOf(BreakingChangeException.class)
                .hasMessageStartingWith("API change gate: the spec breaks existing callers")
                .hasMessageContaining("Breaks Java callers")
                .hasMessageContaining("  - NewThing.name(String): method removed")
                .hasMessageContaining("to 2.0.0 (a major release")
                .hasMessageContaining("copy `tickets-api.yaml` to `baseline/tickets-api.yaml`");
        assertThat(Files.readString(report)).contains("**Verdict: BREAKING**", "## Breaks Java callers",
                "## Releasing a breaking change on purpose");
        assertThat(Files.readString(dir.resolve("api-changes.json"))).contains("\"passes\" : false");
    }

    @Test
    void passesTheSameChangeWhenTheMajorVersionIsBumped() throws IOException {
        // given
        Path report = dir.resolve("api-changes.md");

        // when
        run(ChangeCases.edited("x", BreakingChangeGateTest.removeRequiredRequestField("2.0.0")), report);

        // then
        assertThat(Files.readString(report)).startsWith("# API changes: 1.0.0 → 2.0.0").contains("BREAKING_WITH_MAJOR_BUMP");
    }

    private void run(TicketsApiSpec changed, Path report) throws IOException {
        Path baseline = Files.writeString(dir.resolve("baseline.yaml"), ChangeCases.baseline().yaml());
        Path current = Files.writeString(dir.resolve("tickets-api.yaml"), changed.yaml());
        BreakingChangeGateMain.main(new String[] {"--baseline", baseline.toString(), "--current", current.toString(),
            "--report", report.toString(), "--generator-options", Fixtures.generatorOptions().toString(),
            "--cache", Fixtures.clientGeneration().cacheDirectory().toString()});
    }
}
