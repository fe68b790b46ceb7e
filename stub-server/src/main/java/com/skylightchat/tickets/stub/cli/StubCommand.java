package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.StubConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The picocli command: options grouped by concern in {@code --help}, turned into one {@link StubConfig} by
 * {@link #toConfig()}. Holds no behaviour; {@link StubMain} runs it.
 */
@Command(name = "tickets-stub-server", mixinStandardHelpOptions = true, version = "tickets-stub-server 1.0.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Replays Pact files as a strict HTTP stub of the SkyLight Chat Tickets API.",
                "Without --pact it serves the pacts embedded at build time."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  stopped normally", "  1  could not start (e.g. the port is taken)",
                "  2  usage error", "  3  a pact file could not be loaded", ""})
final class StubCommand {

    @ArgGroup(validate = false, heading = "%nPacts:%n", order = 1)
    Pacts pacts = new Pacts();

    @ArgGroup(validate = false, heading = "%nNetwork:%n", order = 2)
    Network network = new Network();

    @ArgGroup(validate = false, heading = "%nProvider states:%n", order = 3)
    States states = new States();

    @ArgGroup(validate = false, heading = "%nValidation:%n", order = 4)
    Validation validation = new Validation();

    @ArgGroup(validate = false, heading = "%nLimits:%n", order = 5)
    Limits limits = new Limits();

    @ArgGroup(validate = false, heading = "%nLogging:%n", order = 6)
    Logging logging = new Logging();

    static final class Pacts {
        @Option(names = {"-p", "--pact"}, paramLabel = "FILE|DIR",
                description = "Pact file or directory of *.json pacts (V2, V3, V4; repeatable). "
                        + "Default: the pacts embedded at build time.")
        List<Path> pacts = new ArrayList<>();

        @Option(names = "--watch", description = "Reload when the pact files change; a broken file keeps the old set.")
        boolean watch;

        @Option(names = "--watch-interval", paramLabel = "TIME", defaultValue = "1s",
                converter = Units.DurationConverter.class, description = "How often to check (default: ${DEFAULT-VALUE}).")
        Duration watchInterval;
    }

    static final class Network {
        @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = StubConfig.DEFAULT_HOST,
                description = "Address to bind (default: ${DEFAULT-VALUE}). 0.0.0.0 binds every interface (warned).")
        String host;

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
                description = "Port to bind (default: ${DEFAULT-VALUE}; 0 picks a free port).")
        int port;

        @Option(names = "--cors", description = "Answer CORS pre-flights and add CORS headers.")
        boolean cors;

        @Option(names = "--no-admin", description = "Turn off the admin endpoints under /__stub/.")
        boolean noAdmin;

        @Option(names = "--io-threads", paramLabel = "N", defaultValue = "0",
                description = "I/O threads (default: one per core).")
        int ioThreads;
    }

    static final class States {
        @Option(names = {"-s", "--provider-state"}, paramLabel = "STATE",
                description = "Provider state to prefer when a request names none.")
        String providerState;

        @Option(names = "--provider-state-header", paramLabel = "NAME", defaultValue = StubConfig.DEFAULT_STATE_HEADER,
                description = "Request header that selects a provider state (default: ${DEFAULT-VALUE}).")
        String providerStateHeader;
    }

    static final class Validation {
        @Option(names = "--spec", paramLabel = "FILE", arity = "0..1", fallbackValue = "",
                description = "On a 404, also list the request's violations of the OpenAPI spec. "
                        + "Without FILE: the bundled tickets-api.yaml.")
        String spec;
    }

    static final class Limits {
        @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "1m", converter = Units.SizeConverter.class,
                description = "Largest request body, e.g. 64k, 1m (default: ${DEFAULT-VALUE}; above: 413).")
        int maxBody;

        @Option(names = "--max-headers", paramLabel = "SIZE", defaultValue = "16k",
                converter = Units.SizeConverter.class,
                description = "Largest total of request headers (default: ${DEFAULT-VALUE}; above: 431).")
        int maxHeaders;

        @Option(names = "--read-timeout", paramLabel = "TIME", defaultValue = "10s",
                converter = Units.DurationConverter.class,
                description = "Longest wait for request headers or body bytes (default: ${DEFAULT-VALUE}).")
        Duration readTimeout;

        @Option(names = "--idle-timeout", paramLabel = "TIME", defaultValue = "60s",
                converter = Units.DurationConverter.class,
                description = "Close idle keep-alive connections after (default: ${DEFAULT-VALUE}).")
        Duration idleTimeout;

        @Option(names = "--journal-size", paramLabel = "N", defaultValue = "1000",
                description = "Requests kept by the admin journal (default: ${DEFAULT-VALUE}).")
        int journalSize;

        @Option(names = "--match-cache", paramLabel = "N", defaultValue = "10000",
                description = "Match decisions cached (default: ${DEFAULT-VALUE}; 0 turns the cache off).")
        int matchCache;
    }

    static final class Logging {
        @Option(names = {"-l", "--log-level"}, paramLabel = "LEVEL", defaultValue = "info",
                description = "error, warn, info, debug or trace (default: ${DEFAULT-VALUE}). "
                        + "info logs one line per request.")
        String logLevel;

        @Option(names = "--no-request-log", description = "Do not log every request (the journal still records).")
        boolean noRequestLog;
    }

    StubConfig toConfig() {
        return StubConfig.builder()
                .pacts(pacts.pacts).watch(pacts.watch).watchInterval(pacts.watchInterval)
                .host(network.host).port(network.port).cors(network.cors).admin(!network.noAdmin)
                .ioThreads(network.ioThreads)
                .providerState(states.providerState).providerStateHeader(states.providerStateHeader)
                .specValidation(validation.spec != null)
                .spec(validation.spec == null || validation.spec.isEmpty() ? null : Path.of(validation.spec))
                .maxBodyBytes(limits.maxBody).maxHeaderBytes(limits.maxHeaders).readTimeout(limits.readTimeout)
                .idleTimeout(limits.idleTimeout).journalSize(limits.journalSize).matchCacheSize(limits.matchCache)
                .requestLog(!logging.noRequestLog)
                .build();
    }
}
