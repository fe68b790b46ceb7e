package com.skylightchat.tickets.stub.loader;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.core.model.UnknownPactSource;
import au.com.dius.pact.core.support.json.JsonParser;
import au.com.dius.pact.core.support.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Parses one pact document (V2, V3 or V4, from Pact JVM or any other Pact implementation) with Pact JVM's own
 * reader and turns its HTTP interactions into {@link StubInteraction}s. Message interactions are reported as
 * skipped. Every problem becomes a {@link PactLoadException} that names the source. Stateless, thread-safe.
 */
final class PactFileLoader {

    private PactFileLoader() {
    }

    /**
     * @param source     the file or resource name, used in error messages
     * @param json       the document
     * @param firstOrder the load order of the first interaction (so file order survives across files)
     * @param into       collects interactions and skipped descriptions
     */
    static void load(String source, byte[] json, int firstOrder, LoadedPactsBuilder into) {
        Pact pact = parse(source, json);
        int order = firstOrder;
        int http = 0;
        for (Interaction interaction : pact.getInteractions()) {
            if (interaction.isSynchronousRequestResponse()) {
                SynchronousRequestResponse rr = interaction.asSynchronousRequestResponse();
                into.add(InteractionAdapter.adapt(order++, source, rr));
                http++;
            } else {
                into.skip(source + ": " + interaction.getDescription());
            }
        }
        if (http == 0 && pact.getInteractions().isEmpty()) {
            throw new PactLoadException(source, "the pact has no interactions");
        }
        into.source(source);
    }

    private static Pact parse(String source, byte[] json) {
        JsonValue value;
        try {
            value = JsonParser.parseString(new String(json, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new PactLoadException(source, "not valid JSON: " + e.getMessage(), e);
        }
        if (!(value instanceof JsonValue.Object object)) {
            throw new PactLoadException(source, "not a pact: the document is not a JSON object");
        }
        if (!object.has("interactions") && !object.has("messages")) {
            throw new PactLoadException(source, "not a pact: no \"interactions\" array");
        }
        if (object.has("interactions") && !(object.get("interactions") instanceof JsonValue.Array)) {
            throw new PactLoadException(source, "not a pact: \"interactions\" is not an array");
        }
        try {
            return DefaultPactReader.INSTANCE.pactFromJson(object, UnknownPactSource.INSTANCE);
        } catch (RuntimeException e) {
            throw new PactLoadException(source, "not a valid pact: " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Mutable accumulator used while loading several sources; see {@link PactLoader}. */
    interface LoadedPactsBuilder {
        void add(StubInteraction interaction);

        void skip(String description);

        void source(String source);

        List<StubInteraction> interactions();
    }
}
