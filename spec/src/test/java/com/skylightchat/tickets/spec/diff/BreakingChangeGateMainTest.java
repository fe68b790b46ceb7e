package com.skylightchat.tickets.spec.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.skylightchat.tickets.spec.testing.Fixtures;
import com.skylightchat.tickets.spec.testing.SpecEdits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step exec-maven-plugin runs in the verify phase: report always, fail only on an unannounced break. */
class BreakingChangeGateMainTest {

    @TempDir
    Path dir;

    @Test
    void writesAReportAndPassesForTheCurrentSpec() throws IOException {
        // given
        Path report = dir.resolve("reports/api-changes.md");

        // when
        run(Fixtures.specFile(), report);

        // then
        assertThat(Files.readString(report)).startsWith("# API changes: ").contains("**Verdict: ").contains("## openapi-diff");
    }

    @Test
    void failsOnABreakingChangeAndStillWritesTheReport() throws IOException {
        // given
        Path changed = changedSpec(null);
        Path report = dir.resolve("api-changes.md");

        // when / then
        assertThatThrownBy(() -> run(changed, report))
                .isInstanceOf(BreakingChangeException.class)
                .hasMessageContaining("BREAKING")
                .hasMessageContaining("GET /tickets: response 200 changed incompatibly (openapi-diff)");
        assertThat(Files.readString(report))
                .contains("**Verdict: BREAKING**")
                .contains("## Breaking changes")
                .contains("- GET /tickets: response 200 changed incompatibly (openapi-diff)");
    }

    @Test
    void passesTheSameChangeWhenTheMajorVersionIsBumped() throws IOException {
        // given
        Path changed = changedSpec("2.0.0");
        Path report = dir.resolve("api-changes.md");

        // when
        run(changed, report);

        // then
        assertThat(Files.readString(report)).startsWith("# API changes: 1.0.0 → 2.0.0").contains("BREAKING_WITH_MAJOR_BUMP");
    }

    private Path changedSpec(String version) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode edits = json.createArrayNode();
        edits.addObject().put("op", "remove").put("path", "/components/schemas/Ticket/properties/subject");
        edits.addObject().put("op", "remove-value").put("path", "/components/schemas/Ticket/required").put("value", "subject");
        if (version != null) {
            edits.addObject().put("op", "replace").put("path", "/info/version").put("value", version);
        }
        return Files.writeString(dir.resolve("tickets-api.yaml"), SpecEdits.apply(Fixtures.read(Fixtures.baselineFile()), edits));
    }

    private static void run(Path current, Path report) {
        BreakingChangeGateMain.main(new String[] {
            "--baseline", Fixtures.baselineFile().toString(), "--current", current.toString(), "--report", report.toString()});
    }
}
