package com.skylightchat.tickets.contract.pact;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.UnknownPactSource;
import au.com.dius.pact.core.support.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads pact documents (V1–V4, from Pact JVM, pact-js or any other implementation) with Pact JVM's own reader. What
 * Pact JVM would accept but nobody can serve or validate is refused before it is used: a specification version Pact
 * does not define, an HTTP interaction without a request or response ({@link PactShape}), a regex matcher that does
 * not compile ({@link MatcherCheck}). Every problem is a {@link PactLoadException} naming the source and, where one
 * is at fault, the interaction. Stateless, thread-safe.
 */
public final class PactReader {

    /**
     * Interactions given to Pact JVM's reader at a time: large enough that the per-call cost does not show, small
     * enough that a slice's JSON is garbage before the collector runs (see {@link PactJson}).
     */
    private static final int SLICE = 256;

    private PactReader() {
    }

    /** Every pact at these locations (files, or directories of {@code *.json}), in {@link PactFiles} order. */
    public static List<PactDocument> readAll(List<Path> locations) {
        List<PactDocument> pacts = new ArrayList<>();
        for (Path file : PactFiles.resolve(locations)) {
            pacts.add(read(file));
        }
        return pacts;
    }

    public static PactDocument read(Path file) {
        try {
            return read(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new PactLoadException(file.toString(), "no such file", e);
        } catch (IOException e) {
            throw new PactLoadException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param source names the document in error messages (file, classpath resource, URL)
     * @param json   the document's bytes (UTF-8)
     */
    public static PactDocument read(String source, byte[] json) {
        PactJson.Outline outline = outline(source, json);
        JsonValue.Object document = PactShape.check(source, outline.document(), outline.interactions());
        boolean v4 = PactShape.isV4(document);
        List<HttpInteraction> http = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Pact[] first = {null};
        // Pact JVM reads a document with "messages" as a message pact, ignoring its interactions: read it whole.
        // Slices are checked in turn, so of two broken interactions in different slices the earlier one is named.
        int slice = document.has("messages") ? Integer.MAX_VALUE : SLICE;
        try {
            PactJson.interactions(json, slice, (interactions, offset) -> {
                PactShape.checkInteractions(source, interactions, offset, v4);
                Pact pact = model(source, document, interactions, offset, outline.interactions());
                int index = offset;
                for (Interaction interaction : pact.getInteractions()) {
                    if (interaction.isSynchronousRequestResponse()) {
                        HttpInteraction exchange = new HttpInteraction(index, interaction.asSynchronousRequestResponse());
                        MatcherCheck.check(source, exchange);
                        http.add(exchange);
                    } else {
                        skipped.add(interaction.getDescription());
                    }
                    index++;
                }
                first[0] = first[0] == null ? pact : first[0];
            });
        } catch (IOException e) {
            throw notJson(source, e);
        }
        return new PactDocument(source, first[0].getConsumer().getName(), first[0].getProvider().getName(), http,
                skipped);
    }

    /**
     * Pact JVM's model of the document with just these interactions, the {@code offset}th onwards of {@code total}.
     * Problems Pact JVM finds are reported for the whole document's positions.
     */
    private static Pact model(String source, JsonValue.Object document, List<JsonValue> interactions, int offset,
                              int total) {
        Map<String, JsonValue> members = new LinkedHashMap<>(document.getEntries());
        if (members.containsKey("interactions")) {
            members.put("interactions", new JsonValue.Array(new ArrayList<>(interactions)));
        }
        try {
            return DefaultPactReader.INSTANCE.pactFromJson(new JsonValue.Object(members), UnknownPactSource.INSTANCE);
        } catch (RuntimeException e) {
            String where = interactions.size() == total ? ""
                    : " (in interactions[" + offset + "] to [" + (offset + interactions.size() - 1) + "])";
            throw new PactLoadException(source, "not a valid pact: " + describe(e) + where, e);
        }
    }

    private static PactJson.Outline outline(String source, byte[] json) {
        try {
            return PactJson.outline(json);
        } catch (IOException e) {
            throw notJson(source, e);
        }
    }

    private static PactLoadException notJson(String source, IOException e) {
        return new PactLoadException(source, "not valid JSON: " + describe(e), e);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
