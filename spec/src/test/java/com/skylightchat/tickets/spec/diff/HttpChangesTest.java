package com.skylightchat.tickets.spec.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.spec.testing.ChangeCases;
import com.skylightchat.tickets.spec.testing.ChangeCases.ChangeCase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.openapidiff.core.OpenApiCompare;

/**
 * Table-driven ({@code gate/http/*.json}, edits of the gate's small fixture API): what the HTTP judge reports, in the
 * words the build log and the report use, and which of it openapi-diff calls breaking.
 */
class HttpChangesTest {

    static Stream<Arguments> cases() {
        return ChangeCases.table("http");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesEveryChangeAndMarksWhatBreaksHttpClients(String name, ChangeCase change) {
        // when
        List<Change> changes = HttpChanges.of(OpenApiCompare.fromContents(change.baseline().yaml(), change.changed().yaml()));

        // then
        assertThat(changes.stream().filter(Change::breaking).map(Change::toString))
                .as(change.expected().get("comment").asText()).containsExactlyInAnyOrderElementsOf(change.list("breaking"));
        if (change.list("compatible") != null) {
            assertThat(changes.stream().filter(c -> !c.breaking()).map(Change::toString))
                    .containsExactlyInAnyOrderElementsOf(change.list("compatible"));
        }
    }
}
