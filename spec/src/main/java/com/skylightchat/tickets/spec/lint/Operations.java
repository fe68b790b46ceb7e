package com.skylightchat.tickets.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the operation objects of a raw OpenAPI tree ({@code /paths/{path}/{method}}). */
final class Operations {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private Operations() {
    }

    /** Every operation, in document order. */
    static List<Located> of(YamlDocument document) {
        List<Located> operations = new ArrayList<>();
        document.root().path("paths").properties().forEach(path -> {
            String pathPointer = Pointers.child("/paths", path.getKey());
            path.getValue().properties().forEach(method -> {
                if (METHODS.contains(method.getKey()) && method.getValue().isObject()) {
                    operations.add(new Located(Pointers.child(pathPointer, method.getKey()), method.getValue()));
                }
            });
        });
        return operations;
    }

    /** Whether {@code node} has a non-blank text at {@code key}. */
    static boolean hasText(JsonNode node, String key) {
        return node.path(key).isTextual() && !node.get(key).asText().isBlank();
    }
}
