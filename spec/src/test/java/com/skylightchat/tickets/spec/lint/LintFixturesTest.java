package com.skylightchat.tickets.spec.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.spec.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven: every {@code lint/*.yaml} fixture lists what the linter must report as trailing comments
 * {@code # expect: <rule> @ <line>}; the findings must be exactly those (a fixture without any must be clean).
 */
class LintFixturesTest {

    private static final Pattern EXPECT = Pattern.compile("^# expect: ([a-z-]+) @ (\\d+)$", Pattern.MULTILINE);

    static Stream<Path> fixtures() {
        return Fixtures.directory("lint").filter(p -> p.toString().endsWith(".yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsExactlyTheExpectedRulesAtTheExpectedLinesNamingTheFile(Path fixture) {
        // given
        String yaml = Fixtures.read(fixture);
        List<String> expected = EXPECT.matcher(yaml).results().map(m -> m.group(1) + " @ " + m.group(2)).toList();

        // when
        LintReport report = SpecLinter.standard().lint(fixture.getFileName().toString(), yaml);

        // then
        List<String> actual = report.findings().stream().map(f -> f.rule() + " @ " + f.line()).distinct().toList();
        assertThat(actual).as(report.format()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.toString()).startsWith(fixture.getFileName() + ":" + f.line() + ": ["));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureButTheValidOneIsNegative(Path fixture) {
        boolean valid = fixture.getFileName().toString().startsWith("valid-");

        assertThat(EXPECT.matcher(Fixtures.read(fixture)).find()).isEqualTo(!valid);
    }
}
