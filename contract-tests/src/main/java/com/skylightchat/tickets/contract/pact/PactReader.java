package com.skylightchat.tickets.contract.pact;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.UnknownPactSource;
import au.com.dius.pact.core.support.json.JsonParser;
import au.com.dius.pact.core.support.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads pact documents (V1–V4, from Pact JVM, pact-js or any other implementation) with Pact JVM's own reader. What
 * Pact JVM would accept but nobody can serve or validate is refused before it is used: a specification version Pact
 * does not define, an HTTP interaction without a request or response ({@link PactShape}), a regex matcher that does
 * not compile ({@link MatcherCheck}). Every problem is a {@link PactLoadException} naming the source and, where one
 * is at fault, the interaction. Stateless, thread-safe.
 */
public final class PactReader {

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
        JsonValue.Object document = PactShape.check(source, parse(source, json));
        Pact pact;
        try {
            pact = DefaultPactReader.INSTANCE.pactFromJson(document, UnknownPactSource.INSTANCE);
        } catch (RuntimeException e) {
            throw new PactLoadException(source, "not a valid pact: " + describe(e), e);
        }
        List<HttpInteraction> http = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int index = 0;
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
        return new PactDocument(source, pact, http, skipped);
    }

    private static JsonValue parse(String source, byte[] json) {
        try {
            return JsonParser.parseString(new String(json, StandardCharsets.UTF_8));
        } catch (StackOverflowError e) {
            throw new PactLoadException(source, "not valid JSON: nested too deeply to read");
        } catch (Exception e) {
            throw new PactLoadException(source, "not valid JSON: " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
