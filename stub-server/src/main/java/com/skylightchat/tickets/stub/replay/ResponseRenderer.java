package com.skylightchat.tickets.stub.replay;

import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.generators.GeneratorTestMode;
import com.skylightchat.tickets.stub.http.Fault;
import com.skylightchat.tickets.stub.http.Outcome;
import com.skylightchat.tickets.stub.http.StubResponse;
import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Produces the answer of a matched interaction, with {@value #STATE_HEADER} naming the provider state it was
 * recorded for. Answers without generators are rendered once at load time (for the interaction's first state, the
 * usual one); answers with generators are regenerated for every request (Pact JVM's generators, provider mode, with
 * the active provider-state parameters and the stub's own URL in the context). Thread-safe.
 */
final class ResponseRenderer {

    static final String STATE_HEADER = "X-Stub-Provider-State";

    private final StubResponse[] fixed;

    ResponseRenderer(List<StubInteraction> interactions) {
        fixed = new StubResponse[interactions.size()];
        for (StubInteraction interaction : interactions) {
            if (!interaction.hasGenerators()) {
                fixed[interaction.order()] = answer(interaction, interaction.firstStateName(),
                        Rendered.of(interaction.response()));
            }
        }
    }

    StubResponse render(StubInteraction interaction, String state, Map<String, Object> stateParams, String origin) {
        StubResponse ready = fixed[interaction.order()];
        if (ready != null && Objects.equals(state, interaction.firstStateName())) {
            return ready;
        }
        if (ready != null) {
            return answer(interaction, state, Rendered.of(interaction.response()));
        }
        // The pact's own parameters for the state, overridden by those a state-change call set up.
        Map<String, Object> params = new HashMap<>(recordedParams(interaction, state));
        params.putAll(stateParams);
        Map<String, Object> context = new HashMap<>();
        context.put("providerState", params);
        context.put("mockServer", Map.of("href", origin, "url", origin));
        @SuppressWarnings("deprecation")
        IResponse generated = interaction.response().generatedResponse(context, GeneratorTestMode.Provider);
        return answer(interaction, state, Rendered.of(generated));
    }

    private static Map<String, Object> recordedParams(StubInteraction interaction, String state) {
        return interaction.providerStates().stream().filter(s -> Objects.equals(s.getName(), state)).findFirst()
                .<Map<String, Object>>map(s -> s.getParams()).orElse(Map.of());
    }

    private static StubResponse answer(StubInteraction interaction, String state, Rendered rendered) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(rendered.headers());
        if (state != null) {
            headers.add(Map.entry(STATE_HEADER, state));
        }
        return new StubResponse(rendered.status(), headers, rendered.body(),
                Outcome.answeredBy(interaction.description(), state), Fault.NONE);
    }
}
