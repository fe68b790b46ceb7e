package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.StubConfig;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.util.List;

/**
 * The stub's options as Apache Commons CLI definitions, grouped by concern in the order {@code --help} shows them.
 * Defaults appear in the descriptions; {@link StubCommand} applies them (they equal {@link StubConfig}'s). Each call
 * builds new instances because commons-cli options are mutable.
 */
final class StubOptions {

    /** Options that may be given more than once; every other one is a usage error when repeated. */
    static final String REPEATABLE = "pact";

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
                new Group("Network:", List.of(
                        valued(null, "host", "ADDRESS", "Address to bind (default: " + StubConfig.DEFAULT_HOST
                                + "). 0.0.0.0 binds every interface (warned)."),
                        valued(null, "port", "PORT", "Port to bind (default: " + StubConfig.DEFAULT_PORT
                                + "; 0 picks a free port)."),
                        flag(null, "cors", "Answer CORS pre-flights and add CORS headers."),
                        flag(null, "no-admin", "Turn off the admin endpoints under " + StubConfig.ADMIN_PREFIX + "."),
                        valued(null, "io-threads", "N", "I/O threads (default: one per core)."))),
                new Group("Provider states:", List.of(
                        valued("s", "provider-state", "STATE", "Provider state to prefer when a request names none."),
                        valued(null, "provider-state-header", "NAME", "Request header that selects a provider state "
                                + "(default: " + StubConfig.DEFAULT_STATE_HEADER + ")."))),
                new Group("Validation:", List.of(
                        Option.builder().longOpt("spec").hasArg().optionalArg(true).argName("FILE")
                                .desc("On a 404, also list the request's violations of the OpenAPI spec. "
                                        + "Without FILE: the bundled tickets-api.yaml.").get(),
                        flag(null, "validate", "Validate the pacts (--pact, or the embedded ones) against the "
                                + "spec (--spec FILE, or the bundled one): one line per violation, then exit "
                                + "(0: all agree, 4: violations)."))),
                new Group("Limits:", List.of(
                        valued(null, "max-body", "SIZE",
                                "Largest request body, e.g. 64k, 1m (default: 1m; above: 413)."),
                        valued(null, "max-headers", "SIZE",
                                "Largest total of request headers (default: 16k; above: 431)."),
                        valued(null, "read-timeout", "TIME",
                                "Longest wait for request headers or body bytes (default: 10s)."),
                        valued(null, "idle-timeout", "TIME",
                                "Close idle keep-alive connections after (default: 60s)."),
                        valued(null, "journal-size", "N", "Requests kept by the admin journal (default: 1000)."),
                        valued(null, "match-cache", "N",
                                "Match decisions cached (default: 10000; 0 turns the cache off)."))),
                new Group("Logging:", List.of(
                        valued("l", "log-level", "LEVEL", "error, warn, info, debug or trace (default: info). "
                                + "info logs one line per request."),
                        flag(null, "no-request-log", "Do not log every request (the journal still records)."))));
    }

    /** Every option of every group, in help order. */
    static Options all() {
        Options options = new Options();
        for (Group group : groups()) { // plain loops: no lambda to link on the start-up path
            for (Option option : group.options()) {
                options.addOption(option);
            }
        }
        return options;
    }

    private static Option flag(String shortName, String longName, String description) {
        return Option.builder(shortName).longOpt(longName).desc(description).get();
    }

    private static Option valued(String shortName, String longName, String argName, String description) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(argName).desc(description).get();
    }
}
