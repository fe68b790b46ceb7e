package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.http.Json;
import com.skylightchat.tickets.stub.http.Units;
import com.skylightchat.tickets.stub.loader.BrokerCredentials;
import com.skylightchat.tickets.stub.loader.BrokerSettings;
import org.apache.commons.cli.CommandLine;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The "Pact Broker:" options as {@link BrokerSettings}, or {@code null} without {@code --broker-url}. Credentials are
 * taken as the Pact CLIs take them: an option, else its environment variable ({@code PACT_BROKER_TOKEN}, or
 * {@code PACT_BROKER_USERNAME} and {@code PACT_BROKER_PASSWORD}); a token or a username on the command line sets the
 * kind, so the environment's other kind is then ignored. {@code PACT_BROKER_BASE_URL} is not read on purpose:
 * contract-tests' publishing uses it, and an exported variable must not silently replace the embedded pacts.
 */
final class BrokerOptions {

    /** The options that only mean something with {@code --broker-url}. */
    static final List<String> DEPENDENT = List.of("broker-provider", "broker-token", "broker-username",
            "broker-password", "consumer-version-selectors", "consumer-version-tags", "broker-refresh",
            "broker-timeout");

    private BrokerOptions() {
    }

    static BrokerSettings settings(CommandLine line, StubCommand.Values values, Function<String, String> env)
            throws UsageException {
        String url = line.getOptionValue("broker-url");
        if (url == null) {
            for (String option : DEPENDENT) {
                if (line.hasOption(option)) {
                    throw new UsageException("option '--" + option + "' needs --broker-url");
                }
            }
            return null;
        }
        List<String> selectors = new ArrayList<>();
        for (String selector : values.all("consumer-version-selectors")) {
            selectors.add(StubCommand.Values.convert("consumer-version-selectors", selector, BrokerSettings::selector));
        }
        for (String tags : values.all("consumer-version-tags")) {
            for (String tag : tags.split(",")) {
                if (!tag.isBlank()) {
                    selectors.add(Json.mapper().createObjectNode().put("tag", tag.strip()).put("latest", true)
                            .toString());
                }
            }
        }
        BrokerSettings settings;
        try {
            settings = BrokerSettings.of(uri(url));
        } catch (IllegalArgumentException e) {
            // Not Values.convert: it would quote the value, and a URL with credentials holds a password.
            throw new UsageException("Invalid value for option '--broker-url': " + e.getMessage());
        }
        Duration refresh = values.converted("broker-refresh", Units::duration, settings.refresh());
        Duration timeout = values.converted("broker-timeout", Units::duration, settings.timeout());
        try {
            return settings.withProvider(line.getOptionValue("broker-provider", settings.provider()))
                    .withCredentials(credentials(line, env)).withSelectors(selectors).withRefresh(refresh)
                    .withTimeout(timeout);
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid option: " + SettingNames.asOptions(e.getMessage()));
        }
    }

    /** The URL, never echoed when it does not parse (it may hold a password); BrokerSettings judges the rest. */
    private static URI uri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
    }

    private static BrokerCredentials credentials(CommandLine line, Function<String, String> env)
            throws UsageException {
        String token = given(line.getOptionValue("broker-token"));
        String username = given(line.getOptionValue("broker-username"));
        String password = given(line.getOptionValue("broker-password"));
        boolean fromEnvironment = token == null && username == null;
        if (fromEnvironment) {
            token = given(env.apply("PACT_BROKER_TOKEN"));
            username = given(env.apply("PACT_BROKER_USERNAME"));
        }
        if (password == null && token == null) {
            password = given(env.apply("PACT_BROKER_PASSWORD"));
        }
        if (token != null && username != null) {
            throw new UsageException("A Pact Broker takes a token or a username and password, not both: "
                    + (fromEnvironment ? "PACT_BROKER_TOKEN and PACT_BROKER_USERNAME are both set; choose one with "
                    + "--broker-token or --broker-username" : "give --broker-token or --broker-username"));
        }
        if (password != null && username == null) {
            throw new UsageException("A Pact Broker password needs a username (--broker-username or "
                    + "PACT_BROKER_USERNAME)");
        }
        if (username != null && password == null) {
            throw new UsageException("A Pact Broker username needs a password (--broker-password or "
                    + "PACT_BROKER_PASSWORD)");
        }
        return token != null ? BrokerCredentials.token(token)
                : username != null ? BrokerCredentials.basic(username, password) : BrokerCredentials.NONE;
    }

    /** {@code null} for an unset or empty value: an exported but empty variable means "not set". */
    private static String given(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
