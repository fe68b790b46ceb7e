package com.skylightchat.tickets.spec.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.spec.testing.ChangeCases;
import com.skylightchat.tickets.spec.testing.ChangeCases.ChangeCase;
import com.skylightchat.tickets.spec.testing.Fixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven ({@code gate/java/*.json}, edits of the gate's small fixture API): the clients generated from the
 * fixture and from the edited copy are compiled and compared by japicmp; the judge names class and member.
 */
class JavaApiCompatibilityTest {

    private final JavaApiCompatibility judge = new JavaApiCompatibility(Fixtures.clientGeneration());

    static Stream<Arguments> cases() {
        return ChangeCases.table("java");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesTheClassAndMemberOfEveryChangeAndMarksWhatBreaksJavaCallers(String name, ChangeCase change) {
        // when
        Judgement judgement = judge.judge(change.baseline(), change.changed());

        // then
        assertThat(judgement.audience()).isEqualTo(Audience.JAVA_CALLERS);
        if (change.list("breaking") != null) {
            assertThat(judgement.breaking()).map(Change::toString).as(change.expected().get("comment").asText())
                    .containsExactlyInAnyOrderElementsOf(change.list("breaking"));
        } else {
            assertThat(judgement.isBreaking()).as(judgement.changes().toString()).isTrue();
        }
        if (change.list("compatible") != null) {
            assertThat(judgement.compatible()).map(Change::toString).containsExactlyInAnyOrderElementsOf(change.list("compatible"));
        }
    }

    @Test
    void aReformattedSpecGivesTheSameClientAndNoChange() {
        // given: the same document written by a YAML tool (comments and quoting gone)
        String reformatted = com.skylightchat.tickets.spec.testing.SpecEdits.apply(ChangeCases.baseline().yaml(),
                new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode());

        // when
        Judgement judgement = judge.judge(ChangeCases.baseline(),
                com.skylightchat.tickets.spec.TicketsApiSpec.fromString("reformatted.yaml", reformatted));

        // then
        assertThat(reformatted).isNotEqualTo(ChangeCases.baseline().yaml());
        assertThat(judgement.changes()).isEmpty();
    }
}
