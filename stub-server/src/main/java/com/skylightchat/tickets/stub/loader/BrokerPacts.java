package com.skylightchat.tickets.stub.loader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skylightchat.tickets.contract.pact.PactDocument;
import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.contract.pact.PactReader;
import com.skylightchat.tickets.stub.http.Json;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider's pacts from a Pact Broker, fetched the way a Pact verifier fetches them: GET the HAL index, follow
 * {@value #RELATION} (templated with the provider), POST the consumer version selectors to it, GET every pact its
 * answer links ({@code _embedded.pacts[]._links.self}) and read each with {@link PactReader}, its URL as the source.
 * {@link #fetch()} fails as a whole, with a {@link PactLoadException} naming the URL and the problem, so a partial
 * contract is never served; it remembers the last fetch and the last failure for {@link #status()}. Thread-safe.
 */
public final class BrokerPacts {

    static final String RELATION = "pb:provider-pacts-for-verification";

    private record Fetched(Instant at, List<Map<String, String>> pacts) {
    }

    private final BrokerSettings settings;
    private final BrokerClient client;
    private volatile Fetched fetched;
    private volatile Map<String, String> lastError;

    public BrokerPacts(BrokerSettings settings) {
        this.settings = settings;
        this.client = new BrokerClient(settings);
    }

    /** The pacts the broker selects now, in the order it lists them. */
    public List<PactDocument> fetch() {
        try {
            List<Map<String, String>> listed = new ArrayList<>();
            List<PactDocument> documents = new ArrayList<>();
            for (JsonNode pact : pacts()) {
                URI url = link(settings.url(), pact.path("_links").path("self"), "a pact in the answer");
                documents.add(PactReader.read(url.toString(), client.get(url)));
                listed.add(Map.of("url", url.toString(), "name", pact.path("_links").path("self").path("name")
                        .asText(pact.path("shortDescription").asText(""))));
            }
            fetched = new Fetched(Instant.now(), List.copyOf(listed));
            lastError = null;
            return documents;
        } catch (PactLoadException e) {
            lastError = Map.of("at", Instant.now().toString(), "problem", e.getMessage());
            throw e;
        }
    }

    private List<JsonNode> pacts() {
        JsonNode index = client.getJson(settings.url());
        JsonNode relation = index.path("_links").path(RELATION);
        if (!relation.path("href").isTextual()) {
            throw new PactLoadException(settings.url().toString(), "the index has no '" + RELATION + "' link: not "
                    + "a Pact Broker, or one too old for consumer version selectors");
        }
        URI forVerification = link(settings.url(), relation, "'" + RELATION + "'");
        JsonNode answer = client.postJson(forVerification, request());
        JsonNode pacts = answer.path("_embedded").path("pacts");
        if (!pacts.isArray()) {
            throw new PactLoadException(forVerification.toString(), "not a 'pacts for verification' answer: it has "
                    + "no _embedded.pacts list");
        }
        if (pacts.isEmpty()) {
            throw new PactLoadException(settings.url().toString(), "no pacts for provider '" + settings.provider()
                    + "' with the consumer version selectors " + settings.selectors());
        }
        List<JsonNode> list = new ArrayList<>();
        pacts.forEach(list::add);
        return list;
    }

    /** The documented body: the selectors, and no pending status (the stub serves what it is given). */
    private JsonNode request() {
        ObjectNode body = Json.mapper().createObjectNode();
        body.putArray("consumerVersionSelectors").addAll(settings.selectorNodes());
        body.put("includePendingStatus", false);
        return body;
    }

    /** A HAL link's href, {@code {provider}} expanded (RFC 6570 simple: percent-encoded), resolved against base. */
    private URI link(URI base, JsonNode link, String what) {
        String href = link.path("href").asText("");
        String provider = URLEncoder.encode(settings.provider(), StandardCharsets.UTF_8).replace("+", "%20")
                .replace("*", "%2A").replace("%7E", "~");
        try {
            return base.resolve(URI.create(href.replace("{provider}", provider)));
        } catch (IllegalArgumentException e) {
            throw new PactLoadException(base.toString(), what + " links to '" + href + "', which is not a URL");
        }
    }

    /** What {@code /__stub/health} shows: the broker, provider and selectors, the last fetch, the last failure. */
    public Map<String, Object> status() {
        Fetched last = fetched;
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("url", settings.url().toString());
        status.put("provider", settings.provider());
        status.put("consumerVersionSelectors", settings.selectorNodes());
        status.put("refreshSeconds", settings.refresh().toSeconds());
        status.put("fetchedAt", last == null ? null : last.at().toString());
        status.put("pacts", last == null ? List.of() : last.pacts());
        status.put("lastError", lastError);
        return status;
    }
}
