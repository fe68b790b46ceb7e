package com.skylightchat.tickets.stub.server;

import au.com.dius.pact.core.model.generators.GeneratorTestMode;
import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Produces the wire response for a matched interaction. Responses without generators are rendered once at load
 * time; responses with generators are regenerated for every request (Pact JVM's generators, provider mode, with
 * the active provider-state parameters and the stub's own URL in the context). Thread-safe.
 */
final class ResponseRenderer {

    private final Rendered[] fixed;

    ResponseRenderer(List<StubInteraction> interactions) {
        fixed = new Rendered[interactions.size()];
        for (StubInteraction interaction : interactions) {
            if (!interaction.hasGenerators()) {
                fixed[interaction.order()] = Rendered.of(interaction.response());
            }
        }
    }

    Rendered render(StubInteraction interaction, Map<String, Object> stateParams, String baseUrl) {
        Rendered ready = fixed[interaction.order()];
        if (ready != null) {
            return ready;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("providerState", new HashMap<>(stateParams));
        context.put("mockServer", Map.of("href", baseUrl, "url", baseUrl));
        @SuppressWarnings("deprecation")
        var generated = interaction.response().generatedResponse(context, GeneratorTestMode.Provider);
        return Rendered.of(generated);
    }
}
