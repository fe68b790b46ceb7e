package com.skylightchat.tickets.stub.matching;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * Well-formedness check for request bodies that claim to be JSON, so a broken body gets a 400 that says where it
 * breaks instead of a confusing "body mismatch" 404. Thread-safe.
 */
final class JsonSyntax {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonSyntax() {
    }

    /** {@code null} when the bytes are one well-formed JSON value; otherwise what is wrong and where. */
    static String problem(byte[] body) {
        try {
            MAPPER.readTree(body);
            return null;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return "malformed JSON" + where + ": " + e.getOriginalMessage();
        } catch (IOException e) {
            return "malformed JSON: " + e.getMessage().lines().findFirst().orElse("");
        }
    }
}
