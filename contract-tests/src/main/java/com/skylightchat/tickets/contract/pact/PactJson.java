package com.skylightchat.tickets.contract.pact;

import au.com.dius.pact.core.support.json.JsonValue;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a pact's JSON into Pact JVM's {@link JsonValue}, the input of Pact JVM's pact reader, in two passes: the
 * {@link #outline} (every top-level member, the {@code interactions} entries only counted), then the
 * {@link #interactions} in slices. Why not Pact JVM's own {@code JsonParser} on the whole document: on a cold JVM
 * Jackson's streaming parser reads a 10,000-interaction pact (5.6 MB) several times faster, and a whole-document tree
 * that stays alive while Pact JVM builds its model is what most of the garbage collector's start-up time went on;
 * slices are garbage as soon as they are read. Jackson's errors also name the line and column. The values are what
 * Pact JVM's parser builds: objects keep key order (a repeated key keeps its last value), numbers keep their text
 * (integers as {@link JsonValue.Integer}, the rest as {@link JsonValue.Decimal}).
 */
final class PactJson {

    /** As lenient as Pact JVM's own parser where pact files are known to differ from strict JSON. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    private static final String INTERACTIONS = "interactions";

    /** Receives the interactions, a slice at a time, with the index of the slice's first one. */
    @FunctionalInterface
    interface SliceReader {
        void read(List<JsonValue> slice, int offset);
    }

    /**
     * @param document    the document; when it is an object with an {@code interactions} array, the array is empty
     * @param interactions how many entries that array has in the file
     */
    record Outline(JsonValue document, int interactions) {
    }

    private PactJson() {
    }

    /**
     * @throws IOException for anything that is not exactly one JSON value, with a one-line message naming the line
     *                     and column
     */
    static Outline outline(byte[] json) throws IOException {
        int[] count = {0};
        JsonValue document = read(json, parser -> {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                parser.skipChildren();
                count[0]++;
            }
        });
        return new Outline(document, count[0]);
    }

    /**
     * Reads the top-level {@code interactions} array of a document {@link #outline} accepted, {@code size} entries at
     * a time, calling {@code reader} at least once (with no entries where the array is empty or absent).
     */
    static void interactions(byte[] json, int size, SliceReader reader) throws IOException {
        int[] read = {0}; // interactions given so far
        read(json, parser -> {
            List<JsonValue> slice = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                slice.add(value(parser));
                if (slice.size() == size) {
                    give(reader, slice, read);
                    slice = new ArrayList<>();
                }
            }
            if (!slice.isEmpty()) {
                give(reader, slice, read);
            }
        });
        if (read[0] == 0) {
            reader.read(List.of(), 0); // only non-empty slices are given above
        }
    }

    private static void give(SliceReader reader, List<JsonValue> slice, int[] read) {
        reader.read(slice, read[0]);
        read[0] += slice.size();
    }

    /** What to do with the entries of the top-level {@code interactions} array; the parser is on its start. */
    private interface ArrayHandler {
        void handle(JsonParser parser) throws IOException;
    }

    /** The document, with its top-level {@code interactions} array (if it is one) given to {@code handler}. */
    private static JsonValue read(byte[] json, ArrayHandler interactions) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            try {
                if (parser.nextToken() == null) {
                    throw new IOException("the document is empty");
                }
                JsonValue document = parser.currentToken() == JsonToken.START_OBJECT
                        ? topLevel(parser, interactions) : value(parser);
                if (parser.nextToken() != null) {
                    throw new IOException("more content after the document " + where(parser.currentLocation()));
                }
                return document;
            } catch (JsonProcessingException e) {
                // Jackson's message spans lines and describes its input source; keep the problem and the place
                // (a broken limit such as the nesting depth carries no place of its own: the parser knows it).
                String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
                String problem = message.lines().findFirst().orElse(e.getClass().getSimpleName())
                        .replaceAll(START_MARKER, "(opened at line $1, column $2)");
                JsonLocation place = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
                throw new IOException(problem + " " + where(place), e);
            }
        }
    }

    private static JsonValue.Object topLevel(JsonParser parser, ArrayHandler interactions) throws IOException {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (name.equals(INTERACTIONS) && members.containsKey(INTERACTIONS)) {
                // Pact JVM would silently use the last one; which one the author meant is anybody's guess.
                throw new IOException("\"interactions\" appears twice " + where(parser.currentLocation()));
            }
            if (parser.nextToken() == JsonToken.START_ARRAY && name.equals(INTERACTIONS)) {
                interactions.handle(parser);
                members.put(name, new JsonValue.Array(new ArrayList<>()));
            } else {
                members.put(name, value(parser));
            }
        }
        return new JsonValue.Object(members);
    }

    private static JsonValue value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonValue> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    entries.put(name, value(parser));
                }
                return new JsonValue.Object(entries);
            }
            case START_ARRAY: {
                List<JsonValue> values = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    values.add(value(parser));
                }
                return new JsonValue.Array(values);
            }
            case VALUE_STRING:
                return new JsonValue.StringValue(text(parser));
            case VALUE_NUMBER_INT:
                return new JsonValue.Integer(text(parser));
            case VALUE_NUMBER_FLOAT:
                return new JsonValue.Decimal(text(parser));
            case VALUE_TRUE:
                return JsonValue.True.INSTANCE;
            case VALUE_FALSE:
                return JsonValue.False.INSTANCE;
            case VALUE_NULL:
                return JsonValue.Null.INSTANCE;
            default:
                throw new IOException("unexpected " + token + " " + where(parser.currentLocation()));
        }
    }

    /** The current token's text as the {@code char[]} Pact JVM keeps, copied once from Jackson's buffer. */
    private static char[] text(JsonParser parser) throws IOException {
        int offset = parser.getTextOffset();
        return Arrays.copyOfRange(parser.getTextCharacters(), offset, offset + parser.getTextLength());
    }

    /** How Jackson names where an unclosed object or array began, input source and all. */
    private static final String START_MARKER = "\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)";

    private static String where(JsonLocation location) {
        return "(line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
