package com.skylightchat.tickets.stub.testing.support;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.ProviderState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.skylightchat.tickets.contract.pact.HttpInteraction;
import com.skylightchat.tickets.contract.pact.PactReader;
import com.skylightchat.tickets.stub.loader.EmbeddedPacts;
import com.skylightchat.tickets.testsupport.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One interaction as a pact file recorded it, read with the toolkit's {@link PactReader} (Pact JVM's model) straight
 * from the embedded files ({@link EmbeddedPacts#documents()}), not through the stub, so tests can compare what the
 * stub answers with what was recorded.
 *
 * @param description   the interaction's description
 * @param providerState the first provider state, or {@code null}
 * @param method        request method
 * @param path          request path
 * @param headers       request headers, first value each
 * @param status        recorded response status
 * @param body          recorded response body ({@code MissingNode} when none)
 */
public record RecordedInteraction(String description, String providerState, String method, String path,
                                  Map<String, String> headers, int status, JsonNode body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first embedded interaction that {@code wanted} accepts. */
    public static RecordedInteraction embedded(Predicate<RecordedInteraction> wanted) {
        List<RecordedInteraction> all = new ArrayList<>();
        EmbeddedPacts.documents().forEach(pact -> pact.interactions().forEach(i -> all.add(of(i))));
        return all.stream().filter(wanted).findFirst().orElseThrow(() -> new AssertionError(
            "no embedded interaction as wanted among " + all.stream().map(i -> i.method + " " + i.path).toList()));
    }

    /** The embedded {@code GET /tickets/{id}} that answers 200 with a ticket. */
    public static RecordedInteraction embeddedGetTicket() {
        return embedded(i -> i.method.equals("GET") && i.path.matches("/api/v1/tickets/\\d+") && i.status == 200);
    }

    /** The request this interaction describes, sent to {@code base} with its provider state selected. */
    public HttpResponse<String> sendTo(URI base) {
        Map<String, String> sent = new LinkedHashMap<>(headers);
        if (providerState != null) {
            sent.put("X-Pact-Provider-State", providerState);
        }
        return new Http(base).get(path, sent);
    }

    /** The id in {@code /tickets/{id}}. */
    public long ticketId() {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static RecordedInteraction of(HttpInteraction interaction) {
        IRequest request = interaction.request();
        IResponse response = interaction.response();
        List<ProviderState> states = interaction.exchange().getProviderStates();
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name, values.isEmpty() ? "" : values.get(0)));
        return new RecordedInteraction(interaction.description(), states.isEmpty() ? null : states.get(0).getName(),
            request.getMethod(), request.getPath(), headers, response.getStatus(), json(response.getBody()));
    }

    private static JsonNode json(OptionalBody body) {
        if (!body.isPresent()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body.valueAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
