package com.skylightchat.tickets.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One pass over an OpenAPI 3.0 YAML tree that sorts its nodes by role: every schema (nested ones included), every
 * object that pairs a {@code schema} with examples (media types, parameters, headers) and every {@code $ref}.
 *
 * <p>Example values are data, not structure, so the walk never enters them: a {@code $ref} key inside an example
 * is not a reference. Extensions ({@code x-…}) are skipped for the same reason.
 */
final class SpecWalker {

    private static final List<String> SUB_SCHEMA_LISTS = List.of("allOf", "anyOf", "oneOf");
    private static final List<String> SUB_SCHEMAS = List.of("items", "additionalProperties", "not");

    final List<Located> schemas = new ArrayList<>();
    final List<Located> exampleHolders = new ArrayList<>();
    final List<Located> refs = new ArrayList<>();
    final List<Located> schemaRefs = new ArrayList<>();

    static SpecWalker walk(JsonNode root) {
        SpecWalker walker = new SpecWalker();
        walker.structure(root, "");
        return walker;
    }

    private void structure(JsonNode node, String pointer) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                structure(node.get(i), Pointers.child(pointer, i));
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.path("schema").isObject()) {
            exampleHolders.add(new Located(pointer, node));
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            String child = Pointers.child(pointer, key);
            if (key.startsWith("x-") || key.equals("example")) {
                continue;
            }
            if (key.equals("$ref") && field.getValue().isTextual()) {
                refs.add(new Located(pointer, node));
            } else if (key.equals("examples")) {
                exampleRefs(field.getValue(), child);
            } else if (key.equals("schema")) {
                schema(field.getValue(), child);
            } else if (pointer.equals("/components") && key.equals("schemas")) {
                field.getValue().properties().forEach(e -> schema(e.getValue(), Pointers.child(child, e.getKey())));
            } else {
                structure(field.getValue(), child);
            }
        }
    }

    /** Named examples: only their {@code $ref}s are structure; {@code value}s are data. */
    private void exampleRefs(JsonNode examples, String pointer) {
        examples.properties().forEach(e -> {
            if (e.getValue().path("$ref").isTextual()) {
                refs.add(new Located(Pointers.child(pointer, e.getKey()), e.getValue()));
            }
        });
    }

    private void schema(JsonNode node, String pointer) {
        schemas.add(new Located(pointer, node));
        if (!node.isObject()) {
            return;
        }
        if (node.path("$ref").isTextual()) {
            schemaRefs.add(new Located(pointer, node));
        }
        node.path("properties").properties().forEach(
                e -> schema(e.getValue(), Pointers.child(Pointers.child(pointer, "properties"), e.getKey())));
        for (String key : SUB_SCHEMAS) {
            if (node.path(key).isObject()) {
                schema(node.get(key), Pointers.child(pointer, key));
            }
        }
        for (String key : SUB_SCHEMA_LISTS) {
            JsonNode list = node.path(key);
            for (int i = 0; i < list.size(); i++) {
                schema(list.get(i), Pointers.child(Pointers.child(pointer, key), i));
            }
        }
    }
}
