package com.skylightchat.tickets.spec.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skylightchat.tickets.spec.TicketsApiSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The gate's table-driven cases: each {@code gate/<table>/*.json} is {@code {comment, edits: [{op, path, value}],
 * breaking?: ["where: what"], compatible?: [...]}} applied to the gate's own small baseline {@code gate/things-api.yaml}
 * — never to the real spec, so editing the spec cannot break the gate's tests.
 */
public final class ChangeCases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangeCases() {
    }

    /** One case: the fixture baseline, the edited copy, and what the judge must say. */
    public record ChangeCase(String name, TicketsApiSpec baseline, TicketsApiSpec changed, JsonNode expected) {

        /** The expected list under {@code key}, or null when the case does not pin it. */
        public List<String> list(String key) {
            return expected.has(key) ? StreamSupport.stream(expected.get(key).spliterator(), false).map(JsonNode::asText).toList() : null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The gate's fixture baseline. */
    public static TicketsApiSpec baseline() {
        return TicketsApiSpec.fromString("things-api.yaml", Fixtures.resource("gate/things-api.yaml"));
    }

    /** The fixture baseline with {@code edits} applied. */
    public static TicketsApiSpec edited(String name, JsonNode edits) {
        return TicketsApiSpec.fromString(name + ".yaml", SpecEdits.apply(baseline().yaml(), edits));
    }

    /** Every case of {@code gate/<table>}, as JUnit arguments {@code (name, case)}. */
    public static Stream<Arguments> table(String table) {
        return Fixtures.directory("gate/" + table).map(file -> {
            try {
                JsonNode node = JSON.readTree(file.toFile());
                String name = file.getFileName().toString().replace(".json", "");
                return Arguments.of(name, new ChangeCase(name, baseline(), edited(name, node.get("edits")), node));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
