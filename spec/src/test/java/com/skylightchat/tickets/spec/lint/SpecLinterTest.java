package com.skylightchat.tickets.spec.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import com.skylightchat.tickets.spec.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SpecLinterTest {

    private final SpecLinter linter = SpecLinter.standard();

    @Test
    void theTicketsSpecHasNoFindings() {
        // when
        LintReport report = linter.lint(TicketsApiSpec.current());

        // then
        assertThat(report.findings()).as(report.format()).isEmpty();
    }

    @Test
    void theReleasedBaselineHasNoFindings() {
        // when
        LintReport report = linter.lint(Fixtures.baselineFile());

        // then
        assertThat(report.findings()).as(report.format()).isEmpty();
    }

    @Test
    void findingsReadLikeCompilerErrorsWithFileAndLine() {
        // given
        String yaml = Fixtures.resource("lint/unknown-type.yaml");

        // when
        LintReport report = linter.lint("unknown-type.yaml", yaml);

        // then
        int line = Fixtures.lineOf(yaml, "          type: integr");
        assertThat(report.format()).contains("unknown-type.yaml:" + line + ": [unknown-type] type 'integr' is not");
    }

    @Test
    void aFileThatIsNotYamlGivesOneFindingWithItsLine() {
        // when
        LintReport report = linter.lint("not-yaml.yaml", Fixtures.resource("lint/not-yaml.yaml"));

        // then
        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("yaml-syntax");
            assertThat(finding.line()).isPositive();
            assertThat(finding.message()).doesNotContain("\n");
        });
    }
}
