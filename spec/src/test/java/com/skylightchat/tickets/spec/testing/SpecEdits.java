package com.skylightchat.tickets.spec.testing;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Applies JSON-Patch-like edits to a YAML document and renders YAML again, so that a table of changes can describe
 * "the spec, but with X" without keeping a 700-line copy per case. Operations: {@code add} (set a field, or append
 * with {@code /-}), {@code replace}, {@code remove} (field or index) and {@code remove-value} (drop an array element
 * equal to {@code value}).
 */
public final class SpecEdits {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SpecEdits() {
    }

    /** {@code yaml} with every edit of {@code edits} (an array of {op, path, value}) applied in order. */
    public static String apply(String yaml, JsonNode edits) {
        try {
            ObjectNode root = (ObjectNode) YAML.readTree(yaml);
            for (JsonNode edit : edits) {
                apply(root, edit.path("op").asText(), edit.path("path").asText(), edit.get("value"));
            }
            return YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void apply(ObjectNode root, String op, String path, JsonNode value) {
        JsonPointer pointer = JsonPointer.compile(path);
        JsonNode parent = root.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        if (parent.isMissingNode()) {
            throw new IllegalArgumentException("No parent for " + path);
        }
        switch (op) {
            case "add", "replace" -> {
                if (parent instanceof ArrayNode array) {
                    if (last.equals("-")) {
                        array.add(value);
                    } else {
                        array.set(Integer.parseInt(last), value);
                    }
                } else {
                    ((ObjectNode) parent).set(last, value);
                }
            }
            case "remove" -> {
                JsonNode removed = parent instanceof ArrayNode array
                        ? array.remove(Integer.parseInt(last)) : ((ObjectNode) parent).remove(last);
                if (removed == null) {
                    throw new IllegalArgumentException("Nothing to remove at " + path);
                }
            }
            case "remove-value" -> {
                ArrayNode array = (ArrayNode) root.at(pointer);
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (array.get(i).equals(value)) {
                        array.remove(i);
                    }
                }
            }
            default -> throw new IllegalArgumentException("Unknown op " + op);
        }
    }
}
