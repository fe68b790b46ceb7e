package com.skylightchat.tickets.spec.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.spec.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * OpenAPI 3.0 {@code nullable} is not JSON Schema: the example check must accept null exactly where the spec allows
 * it — {@code department} (nullable on the referenced schema) and {@code last_reply_at} — and nowhere else.
 */
class NullableExamplesTest {

    private static final String INDENT = " ".repeat(20);
    private static final String TICKET_IN_LIST = INDENT + "department:\n"
            + INDENT + "  id: 1\n"
            + INDENT + "  title: Billing\n"
            + INDENT + "last_reply_at: '2026-03-07T10:30:00.000000Z'";

    @Test
    void acceptsNullWhereTheSpecDeclaresNullable() {
        // given
        String spec = Fixtures.read(Fixtures.specFile());
        assertThat(spec).contains(TICKET_IN_LIST);
        String withNulls = spec.replace(TICKET_IN_LIST, INDENT + "department: null\n" + INDENT + "last_reply_at: null");

        // when
        LintReport report = SpecLinter.standard().lint("tickets-api.yaml", withNulls);

        // then
        assertThat(report.findings()).as(report.format()).isEmpty();
    }

    @Test
    void rejectsNullForAFieldThatIsNotNullable() {
        // given
        String spec = Fixtures.read(Fixtures.specFile());
        String subject = "                    subject: Billing question about my subscription";
        String withNull = spec.replaceFirst(subject, "                    subject: null");

        // when
        LintReport report = SpecLinter.standard().lint("tickets-api.yaml", withNull);

        // then
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("example-invalid");
            assertThat(f.line()).isEqualTo(Fixtures.lineOf(withNull, "subject: null"));
            assertThat(f.message()).contains("null");
        });
    }
}
