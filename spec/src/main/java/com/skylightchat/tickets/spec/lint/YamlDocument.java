package com.skylightchat.tickets.spec.lint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML document as a Jackson tree plus the line of every node, keyed by JSON pointer.
 *
 * <p>The line index is built from the parser's token locations in a second pass over the same text, because a
 * Jackson tree keeps no positions. Duplicate keys are rejected (a hand-edited file with two {@code description:}
 * keys silently loses one otherwise). Immutable after construction.
 */
public final class YamlDocument {

    private static final ObjectMapper MAPPER = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDocument(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Reads {@code yaml}; {@code file} only names it in findings.
     *
     * @throws YamlSyntaxException when the text is not YAML, carrying the line of the problem
     */
    public static YamlDocument parse(String file, String yaml) {
        try {
            JsonNode root = MAPPER.readTree(yaml);
            return new YamlDocument(file, root == null ? MAPPER.createObjectNode() : root, index(yaml));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            // SnakeYAML's message repeats the text around the error over several lines; one line reads better.
            String message = e.getOriginalMessage().replaceAll("\\s+", " ").trim();
            throw new YamlSyntaxException(new Finding("yaml-syntax", file, Math.max(line, 0), "", message));
        } catch (IOException e) {
            throw new YamlSyntaxException(new Finding("yaml-syntax", file, 0, "", String.valueOf(e.getMessage())));
        }
    }

    private static Map<String, Integer> index(String yaml) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                // For a key, the context already holds the key's name; for a value, the key or index it belongs
                // to. putIfAbsent keeps the first sighting, i.e. the line of the key rather than of its value.
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }

    /** The name of the file, as used in findings. */
    public String file() {
        return file;
    }

    /** The whole document. */
    public JsonNode root() {
        return root;
    }

    /** The node at {@code pointer}, if there is one. */
    public Optional<JsonNode> at(String pointer) {
        JsonNode node = root.at(JsonPointer.compile(pointer));
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /** The 1-based line of {@code pointer}, or of its nearest ancestor that has one; 0 if none. */
    public int lineOf(String pointer) {
        for (String p = pointer; ; p = Pointers.parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
        }
    }

    /** A finding located at {@code pointer} in this document. */
    public Finding finding(String rule, String pointer, String message) {
        return new Finding(rule, file, lineOf(pointer), pointer, message);
    }
}
