package com.skylightchat.tickets.stub.loader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.contract.ContractNames;
import com.skylightchat.tickets.stub.http.Checks;
import com.skylightchat.tickets.stub.http.Json;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where and how to read pacts from a Pact Broker. Immutable; the constructor checks every value. Start from
 * {@link #of(URI)} (our provider, no credentials, the recommended selectors, refresh every 5 minutes, 10 s timeout).
 *
 * @param url         the broker's base URL (its HAL index), {@code http} or {@code https}, without credentials in it
 * @param provider    the provider whose pacts to serve, as the broker names it
 * @param credentials token, username and password, or {@link BrokerCredentials#NONE}
 * @param selectors   consumer version selectors, each a JSON object; empty means {@link #DEFAULT_SELECTORS}
 * @param refresh     how often to fetch again while serving; zero: never
 * @param timeout     the longest wait to connect, and for each whole answer
 */
public record BrokerSettings(URI url, String provider, BrokerCredentials credentials, List<String> selectors,
                             Duration refresh, Duration timeout) {

    /**
     * The selectors Pact recommends for verifying: the latest pact of each consumer's main branch, and every consumer
     * version deployed or released (docs.pact.io, "consumer version selectors").
     */
    public static final List<String> DEFAULT_SELECTORS =
            List.of("{\"mainBranch\":true}", "{\"deployedOrReleased\":true}");
    public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(5);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public BrokerSettings {
        Objects.requireNonNull(url, "url");
        if (url.getRawAuthority() != null && url.getRawAuthority().contains("@") || url.getRawUserInfo() != null) {
            // The message must not echo the URL: it holds the password.
            throw new IllegalArgumentException("credentials in the Pact Broker URL are not supported: give them as a "
                    + "token or a username and password");
        }
        if (!url.isAbsolute() || !List.of("http", "https").contains(url.getScheme()) || url.getHost() == null) {
            // Only scheme and host are named: whatever else the user typed might be a secret.
            throw new IllegalArgumentException("the Pact Broker URL must be an http:// or https:// URL with a host, "
                    + "was " + url.getScheme() + "://" + (url.getHost() == null ? "…" : url.getHost() + "/…"));
        }
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("the provider name must not be empty");
        }
        Objects.requireNonNull(credentials, "credentials");
        selectors = selectors.isEmpty() ? DEFAULT_SELECTORS : selectors.stream().map(BrokerSettings::selector).toList();
        if (refresh == null || refresh.isNegative()) {
            throw new IllegalArgumentException("the broker refresh must be zero (never) or positive, was " + refresh);
        }
        Checks.positive("broker timeout", timeout);
    }

    public static BrokerSettings of(URI url) {
        return new BrokerSettings(url, ContractNames.PROVIDER, BrokerCredentials.NONE, List.of(), DEFAULT_REFRESH,
                DEFAULT_TIMEOUT);
    }

    public BrokerSettings withProvider(String value) {
        return new BrokerSettings(url, value, credentials, selectors, refresh, timeout);
    }

    public BrokerSettings withCredentials(BrokerCredentials value) {
        return new BrokerSettings(url, provider, value, selectors, refresh, timeout);
    }

    public BrokerSettings withSelectors(List<String> value) {
        return new BrokerSettings(url, provider, credentials, value, refresh, timeout);
    }

    public BrokerSettings withRefresh(Duration value) {
        return new BrokerSettings(url, provider, credentials, selectors, value, timeout);
    }

    public BrokerSettings withTimeout(Duration value) {
        return new BrokerSettings(url, provider, credentials, selectors, refresh, value);
    }

    /** Whether the stub fetches again while serving. */
    public boolean refreshes() {
        return !refresh.isZero();
    }

    /** The selectors as JSON objects (fresh copies: Jackson's nodes are mutable). */
    public List<JsonNode> selectorNodes() {
        return selectors.stream().map(BrokerSettings::tree).toList();
    }

    /** A selector as compact JSON; anything but a JSON object is an {@link IllegalArgumentException} saying so. */
    public static String selector(String json) {
        JsonNode node = tree(json);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a consumer version selector is a JSON object, e.g. "
                    + "{\"branch\":\"main\"}; '" + json + "' is " + (node == null ? "not JSON" : "not an object"));
        }
        return node.toString();
    }

    private static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
