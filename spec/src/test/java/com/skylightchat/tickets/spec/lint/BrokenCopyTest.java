package com.skylightchat.tickets.spec.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.spec.testing.Fixtures;
import java.io.IOException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven ({@code broken-copies.json}): each row breaks a copy of the real spec in one place — the first
 * occurrence of {@code find} becomes {@code replace} — and the linter must report {@code rule} at that line (or at
 * the line of {@code at} plus {@code offset} when the finding belongs to an enclosing node).
 */
class BrokenCopyTest {

    static Stream<Arguments> cases() throws IOException {
        JsonNode table = new ObjectMapper().readTree(Fixtures.resource("broken-copies.json"));
        return StreamSupport.stream(table.spliterator(), false).map(row -> Arguments.of(row.get("name").asText(), row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenCopyIsReportedAtTheBrokenLine(String name, JsonNode row) {
        // given
        String original = Fixtures.read(Fixtures.specFile());
        String find = row.get("find").asText();
        assertThat(original).as("the spec still contains the text this case breaks").contains(find);
        String broken = original.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(row.get("replace").asText()));
        int line = row.has("at")
                ? Fixtures.lineOf(broken, row.get("at").asText()) + row.path("offset").asInt(0)
                : Fixtures.lineOf(broken, row.get("replace").asText());

        // when
        LintReport report = SpecLinter.standard().lint("tickets-api.yaml", broken);

        // then
        assertThat(report.findings()).as(report.format())
                .anySatisfy(f -> {
                    assertThat(f.rule()).isEqualTo(row.get("rule").asText());
                    assertThat(f.line()).isEqualTo(line);
                    assertThat(f.file()).isEqualTo("tickets-api.yaml");
                });
    }
}
