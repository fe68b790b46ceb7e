package com.skylightchat.tickets.contract.pact;

import au.com.dius.pact.core.support.json.JsonValue;
import java.util.List;

/**
 * The checks of a pact document's JSON that Pact JVM's reader leaves out: it is an object with interactions, its
 * specification version is one Pact defines (1.x to 4.x; Pact JVM reads an unknown one as V3 and drops what it does
 * not understand), and every HTTP interaction has a request and a response object (Pact JVM would make a missing
 * request a {@code GET /}), and a V4 interaction names one of V4's types. Problems name the interaction as
 * {@code interactions[i] "description"}.
 */
final class PactShape {

    private static final String HTTP = "Synchronous/HTTP";
    private static final List<String> V4_TYPES = List.of(HTTP, "Asynchronous/Messages", "Synchronous/Messages");

    private PactShape() {
    }

    /**
     * The document-level checks, on a {@link PactJson#outline}.
     *
     * @param interactions how many entries the document's {@code interactions} array has
     */
    static JsonValue.Object check(String source, JsonValue json, int interactions) {
        if (!(json instanceof JsonValue.Object document)) {
            throw new PactLoadException(source, "not a pact: the document is not a JSON object");
        }
        if (!document.has("interactions") && !document.has("messages")) {
            throw new PactLoadException(source, "not a pact: no \"interactions\" array");
        }
        if (document.has("interactions") && !(document.get("interactions") instanceof JsonValue.Array)) {
            throw new PactLoadException(source, "not a pact: \"interactions\" is not an array");
        }
        checkVersion(source, document);
        if (document.has("interactions") && interactions == 0 && !document.has("messages")) {
            throw new PactLoadException(source, "the pact has no interactions");
        }
        return document;
    }

    private static void checkVersion(String source, JsonValue.Object document) {
        String version = version(document);
        if (version == null) {
            return; // V1 and V2 files often say nothing; Pact JVM reads them by their layout
        }
        String major = version.strip().split("\\.")[0];
        if (!List.of("1", "2", "3", "4").contains(major)) {
            throw new PactLoadException(source, "pactSpecification version '" + version + "' is not one Pact defines "
                    + "(1.x to 4.x)");
        }
    }

    private static String version(JsonValue.Object document) {
        if (!(document.get("metadata") instanceof JsonValue.Object metadata)) {
            return null;
        }
        for (String key : List.of("pactSpecification", "pact-specification")) {
            if (metadata.get(key) instanceof JsonValue.Object spec && spec.has("version")) {
                return text(spec.get("version"));
            }
        }
        return metadata.has("pactSpecificationVersion") ? text(metadata.get("pactSpecificationVersion")) : null;
    }

    static boolean isV4(JsonValue.Object document) {
        String version = version(document);
        return version != null && version.strip().startsWith("4");
    }

    /** The checks of the interactions {@code offset} onwards of a document that passed {@link #check}. */
    static void checkInteractions(String source, List<JsonValue> slice, int offset, boolean v4) {
        for (int i = offset; i < offset + slice.size(); i++) {
            if (!(slice.get(i - offset) instanceof JsonValue.Object interaction)) {
                throw new PactLoadException(source, "interactions[" + i + "] is not a JSON object");
            }
            String type = interaction.has("type") ? text(interaction.get("type")) : v4 ? null : HTTP;
            if (v4 && !V4_TYPES.contains(type)) {
                // Pact JVM would refuse it too, in words that say the interaction "will be ignored"
                throw new PactLoadException(source, name(i, interaction) + ": a V4 interaction's \"type\" must be one "
                        + "of " + V4_TYPES + ", was " + (type == null ? "missing" : "'" + type + "'"));
            }
            if (!HTTP.equals(type)) {
                continue; // messages have no request; they are skipped, not served
            }
            for (String part : List.of("request", "response")) {
                if (!(interaction.get(part) instanceof JsonValue.Object)) {
                    throw new PactLoadException(source, name(i, interaction) + ": the HTTP interaction has no \""
                            + part + "\" object");
                }
            }
            checkFields(source, i, interaction);
        }
    }

    /**
     * The fields whose wrong type Pact JVM turns into something else without a word (a method {@code null} becomes
     * {@code NULL}, a path {@code 12} becomes {@code "12"}) or into an error that names neither the interaction nor
     * the field (a status {@code "abc"}: {@code For input string: "abc"}).
     */
    private static void checkFields(String source, int index, JsonValue.Object interaction) {
        JsonValue.Object request = (JsonValue.Object) interaction.get("request");
        JsonValue.Object response = (JsonValue.Object) interaction.get("response");
        for (String field : List.of("method", "path")) {
            if (request.has(field) && !request.get(field).isString()) {
                throw new PactLoadException(source, name(index, interaction) + ": request." + field
                        + " must be a string, was " + request.get(field).serialise());
            }
        }
        if (response.has("status") && !isStatus(response.get("status"))) {
            throw new PactLoadException(source, name(index, interaction) + ": response.status must be a whole number "
                    + "from 100 to 599, was " + response.get("status").serialise());
        }
    }

    private static boolean isStatus(JsonValue status) {
        if (!status.isNumber()) {
            return false;
        }
        double value = status.asNumber().doubleValue();
        return value == Math.rint(value) && value >= 100 && value <= 599;
    }

    private static String name(int index, JsonValue.Object interaction) {
        return HttpInteraction.name(index, interaction.has("description") ? text(interaction.get("description")) : "");
    }

    private static String text(JsonValue value) {
        return value.isString() ? value.asString() : value.toString();
    }
}
