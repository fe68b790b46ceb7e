package com.skylightchat.tickets.stub.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;

/**
 * Well-formedness check for request bodies that claim to be JSON, so a broken body gets a 400 that says where it
 * breaks (line and column) — in replay mode instead of a confusing "body mismatch" 404, in simulate mode before the
 * body is read — and a body nested deeper than {@value #MAX_DEPTH} levels is refused before a recursive reader
 * (Pact JVM's, Jackson's tree) could overflow the stack on it. Streams the tokens without building a tree. Here,
 * in the lowest layer, because both modes need it. Thread-safe.
 */
public final class JsonSyntax {

    public static final int MAX_DEPTH = 200;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

    private static final String START_MARKER =
            "\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)";

    private JsonSyntax() {
    }

    /** {@code null} when the bytes are one well-formed JSON value; otherwise what is wrong and where. */
    public static String problem(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                return "malformed JSON: no value";
            }
            parser.skipChildren();
            JsonToken trailing = parser.nextToken();
            return trailing == null ? null : "malformed JSON at " + where(parser.currentLocation())
                    + ": more than one value";
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message.contains("nesting depth")) {
                return "JSON nested deeper than " + MAX_DEPTH + " levels";
            }
            // Jackson names where an unclosed object or array opened with a description of its input; keep the place
            return "malformed JSON at " + where(e.getLocation()) + ": "
                    + message.replaceAll(START_MARKER, "(opened at line $1, column $2)");
        } catch (IOException e) {
            return "malformed JSON: " + e.getMessage().lines().findFirst().orElse("");
        }
    }

    private static String where(JsonLocation at) {
        return at == null ? "an unknown place" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
