package com.skylightchat.tickets.contract.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * An edited copy of the spec, the way an API team would change it: the YAML is parsed, the tree is changed, and the
 * copy is written as a YAML tool writes it (so it is also reformatted). Never touches the original.
 */
public final class SpecCopy {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final ObjectNode root;

    private SpecCopy(ObjectNode root) {
        this.root = root;
    }

    public static SpecCopy of(Path spec) {
        try {
            return new SpecCopy((ObjectNode) YAML.readTree(spec.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node at a JSON pointer, e.g. {@code /components/schemas/Ticket/properties}. */
    public ObjectNode object(String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    public ArrayNode array(String pointer) {
        return (ArrayNode) root.at(pointer);
    }

    /** Parses a YAML or JSON snippet, for values to put into the tree. */
    public static JsonNode node(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes {@code value} from an array of strings (e.g. a {@code required} list). */
    public SpecCopy removeFrom(String pointer, String value) {
        Iterator<JsonNode> elements = array(pointer).elements();
        while (elements.hasNext()) {
            if (elements.next().asText().equals(value)) {
                elements.remove();
            }
        }
        return this;
    }

    /** Renames a value everywhere it stands as a value (enums, defaults, examples), as a rename in an editor would. */
    public SpecCopy renameValue(String from, String to) {
        rename(root, from, to);
        return this;
    }

    /** Writes the copy to {@code file} (directories created) and returns it. */
    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            YAML.writeValue(file.toFile(), root);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rename(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual() && field.getValue().asText().equals(from)) {
                    field.setValue(TextNode.valueOf(to));
                } else {
                    rename(field.getValue(), from, to);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual() && array.get(i).asText().equals(from)) {
                    array.set(i, TextNode.valueOf(to));
                } else {
                    rename(array.get(i), from, to);
                }
            }
        }
    }
}
