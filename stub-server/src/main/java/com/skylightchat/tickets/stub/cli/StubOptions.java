package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.contract.ContractNames;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.simulator.SimulatorSettings;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.util.List;
import java.util.Set;

/**
 * The stub's options as Apache Commons CLI definitions, grouped by concern in the order {@code --help} shows them.
 * Defaults appear in the descriptions; {@link StubCommand} applies them (they equal {@link StubConfig}'s).
 */
final class StubOptions {

    /** Options that may be given more than once; every other one is a usage error when repeated. */
    static final Set<String> REPEATABLE = Set.of("pact", "fault", "api-key", "consumer-version-selectors",
            "consumer-version-tags");

    /** Options that only replay mode reads: given with {@code --simulate}, they are a usage error. */
    static final List<String> REPLAY_ONLY = List.of("pact", "watch", "watch-interval", "broker-url",
            "broker-provider", "broker-token", "broker-username", "broker-password", "consumer-version-selectors",
            "consumer-version-tags", "broker-refresh", "broker-timeout", "provider-state", "provider-state-header",
            "no-match-status", "spec", "validate", "max-match-body", "match-cache");

    /** Options that only simulate mode reads: given without {@code --simulate}, they are a usage error. */
    static final List<String> SIMULATE_ONLY = List.of("api-key", "departments", "max-tickets", "max-replies",
            "max-text");

    /** One concern: the heading {@code --help} prints above its options. */
    record Group(String heading, List<Option> options) {
    }

    private StubOptions() {
    }

    static List<Group> groups() {
        return List.of(
                new Group("", List.of(
                        flag("h", "help", "Show this help message and exit."),
                        flag("V", "version", "Print version information and exit."))),
                new Group("Pacts:", List.of(
                        valued("p", "pact", "FILE|DIR", "Pact file or directory of *.json pacts (V2, V3, V4; "
                                + "repeatable). Default: the pacts embedded at build time."),
                        flag(null, "watch", "Reload when the pact files change; a broken file keeps the old set."),
                        valued(null, "watch-interval", "TIME", "How often to check (default: 1s)."))),
                new Group("Pact Broker:", List.of(
                        valued(null, "broker-url", "URL", "Serve the pacts this Pact Broker selects for the provider "
                                + "(with --pact: those too). Credentials: the options below, else PACT_BROKER_TOKEN, "
                                + "or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD."),
                        valued(null, "broker-provider", "NAME", "Provider name in the broker (default: "
                                + ContractNames.PROVIDER + ")."),
                        valued(null, "broker-token", "TOKEN", "Bearer token."),
                        valued(null, "broker-username", "NAME", "Basic auth username."),
                        valued(null, "broker-password", "PASSWORD", "Basic auth password."),
                        valued(null, "consumer-version-selectors", "JSON", "A consumer version selector "
                                + "(repeatable), e.g. '{\"branch\":\"main\"}'. Default: {\"mainBranch\":true} and "
                                + "{\"deployedOrReleased\":true}."),
                        valued(null, "consumer-version-tags", "TAGS", "Comma-separated tags: a "
                                + "{\"tag\":TAG,\"latest\":true} selector each (repeatable)."),
                        valued(null, "broker-refresh", "TIME", "Fetch again this often; a failed fetch keeps the "
                                + "pacts served (default: 5m; 0: never)."),
                        valued(null, "broker-timeout", "TIME", "Longest wait to connect, and for each answer "
                                + "(default: 10s)."))),
                new Group("Simulate mode:", List.of(
                        flag(null, "simulate", "Serve a stateful in-memory simulator of the API instead of "
                                + "the pacts."),
                        valued(null, "api-key", "KEY", "X-Api-Key the simulator accepts (repeatable; default: "
                                + SimulatorSettings.DEFAULT_API_KEY + ", the pacts' key)."),
                        valued(null, "departments", "LIST", "Comma-separated department titles, ids 1, 2, ... "
                                + "(default: " + String.join(",", SimulatorSettings.DEFAULT_DEPARTMENTS) + ")."),
                        valued(null, "max-tickets", "N", "Most tickets held (default: "
                                + SimulatorSettings.DEFAULT_MAX_TICKETS + "; above: 507)."),
                        valued(null, "max-replies", "N", "Most messages held over all tickets (default: "
                                + SimulatorSettings.DEFAULT_MAX_REPLIES + "; above: 507)."),
                        valued(null, "max-text", "SIZE", "Most characters of subjects and messages held (default: "
                                + SimulatorSettings.DEFAULT_MAX_TEXT_CHARS / (1024 * 1024) + "m; above: 507)."))),
                new Group("Network:", List.of(
                        valued(null, "host", "ADDRESS", "Address to bind (default: " + StubConfig.DEFAULT_HOST
                                + "). 0.0.0.0 binds every interface (warned)."),
                        valued(null, "port", "PORT", "Port to bind (default: " + StubConfig.DEFAULT_PORT
                                + "; 0 picks a free port)."),
                        flag(null, "cors", "Answer CORS pre-flights and add CORS headers (never on admin paths)."),
                        valued(null, "io-threads", "N", "I/O threads (default: one per core)."))),
                new Group("Admin:", List.of(
                        flag(null, "no-admin", "Turn off the admin endpoints under /__stub/."),
                        valued(null, "admin-token", "TOKEN", "Token admin requests must send in "
                                + "X-Stub-Admin-Token. Bound beyond loopback without one, the stub makes one up "
                                + "and prints it."))),
                new Group("Provider states:", List.of(
                        valued("s", "provider-state", "STATE", "Provider state to prefer when a request names none."),
                        valued(null, "provider-state-header", "NAME", "Request header that selects a provider state "
                                + "(default: X-Pact-Provider-State)."))),
                new Group("Misses and validation:", List.of(
                        valued(null, "no-match-status", "STATUS", "Status of a \"no interaction matched\" answer "
                                + "(default: 404)."),
                        Option.builder().longOpt("spec").hasArg().optionalArg(true).argName("FILE")
                                .desc("On a miss, also list the request's violations of the OpenAPI spec. "
                                        + "Without FILE: the bundled tickets-api.yaml.").get(),
                        flag(null, "validate", "Validate the pacts (--pact, --broker-url, or the embedded ones) "
                                + "against the spec (--spec FILE, or the bundled one): one line per violation, then "
                                + "exit."))),
                new Group("Faults:", List.of(
                        valued(null, "fault", "SPEC", "Inject a fault (repeatable): key=value pairs, e.g. "
                                + "delay=2s or status=503,retry-after=1,times=2. Keys: interaction, path (whose "
                                + "answers it hits; default: all), delay, jitter, drop, status, retry-after, "
                                + "times."))),
                new Group("Limits:", List.of(
                        valued(null, "max-body", "SIZE", "Largest request body, e.g. 64k, 1m "
                                + "(default: 1m; above: 413)."),
                        valued(null, "max-headers", "SIZE", "Largest total of request headers (default: 16k; above: "
                                + "431)."),
                        valued(null, "max-in-flight", "SIZE", "Most body bytes received at once, over all "
                                + "connections (default: 64m; above: 503)."),
                        valued(null, "max-match-body", "SIZE", "Largest body compared with the pacts (default: 64k; "
                                + "larger ones match nothing, saying why)."),
                        valued(null, "read-timeout", "TIME", "Longest wait for the next bytes of a request "
                                + "(default: 10s)."),
                        valued(null, "body-timeout", "TIME", "Longest time a whole request body may take "
                                + "(default: 30s)."),
                        valued(null, "idle-timeout", "TIME", "Close idle keep-alive connections after "
                                + "(default: 60s)."),
                        valued(null, "grace-period", "TIME", "On stop, how long requests in flight may finish "
                                + "(default: 5s)."),
                        valued(null, "journal-size", "N", "Requests kept by the admin journal (default: 1000)."),
                        valued(null, "journal-body", "SIZE", "Body bytes the journal keeps per request "
                                + "(default: 4k)."),
                        valued(null, "match-cache", "N", "Match decisions cached: up to N matches and N misses "
                                + "(default: 10000; 0 turns the cache off)."))),
                new Group("Logging:", List.of(
                        valued("l", "log-level", "LEVEL", "error, warn, info, debug, trace or off (default: info). "
                                + "info logs one line per request."),
                        flag(null, "no-request-log", "Do not log every request (the journal still records)."))));
    }

    /** Every option of every group, in help order. */
    static Options all() {
        Options options = new Options();
        groups().forEach(group -> group.options().forEach(options::addOption));
        return options;
    }

    private static Option flag(String shortName, String longName, String description) {
        return Option.builder(shortName).longOpt(longName).desc(description).get();
    }

    private static Option valued(String shortName, String longName, String argName, String description) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(argName).desc(description).get();
    }
}
