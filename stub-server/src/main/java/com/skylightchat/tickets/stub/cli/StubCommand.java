package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.StubConfig;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parsed command line. {@link #parse} reads the arguments against {@link StubOptions} as strictly as the picocli
 * command it replaces (no abbreviated options, no stray arguments, no repeated single-valued options) and converts
 * every value, so a bad one is a {@link UsageException} naming the option before anything starts; {@link #toConfig()}
 * then builds the {@link StubConfig}, whose own range checks still apply. Unset options keep the config's defaults.
 * Apache Commons CLI is referenced only here and in {@link StubHelp}: loading {@link StubMain} does not load it.
 */
final class StubCommand {

    static final Set<String> LOG_LEVELS = Set.of("error", "warn", "info", "debug", "trace", "off");

    private final CommandLine line;
    private final StubConfig.Builder config = StubConfig.builder();

    private StubCommand(CommandLine line) {
        this.line = line;
    }

    /** Parses {@code args}; a {@link UsageException} names the first problem. */
    static StubCommand parse(String[] args) throws UsageException {
        CommandLine line;
        try {
            line = DefaultParser.builder().setAllowPartialMatching(false).get().parse(StubOptions.all(), args);
        } catch (UnrecognizedOptionException e) {
            throw new UsageException("Unknown option: '" + e.getOption() + "'");
        } catch (MissingArgumentException e) {
            throw new UsageException("Missing required parameter for option '" + name(e.getOption()) + "' ("
                    + e.getOption().getArgName() + ")");
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("Unmatched argument: '" + line.getArgList().get(0)
                    + "' (the stub takes options only; pact files go after --pact)");
        }
        Set<String> seen = new HashSet<>();
        for (Option option : line.getOptions()) { // one entry per occurrence
            if (!option.getLongOpt().equals(StubOptions.REPEATABLE) && !seen.add(option.getLongOpt())) {
                throw new UsageException("option '" + name(option) + "' should be specified only once");
            }
        }
        StubCommand command = new StubCommand(line);
        command.convert();
        return command;
    }

    boolean helpRequested() {
        return line.hasOption("help");
    }

    boolean versionRequested() {
        return line.hasOption("version");
    }

    boolean validationRequested() {
        return line.hasOption("validate");
    }

    /** One of {@link #LOG_LEVELS}, in lower case. */
    String logLevel() {
        return line.getOptionValue("log-level", "info").toLowerCase(Locale.ROOT);
    }

    /** The options as one config; a value the config rejects (e.g. {@code --journal-size 0}) throws IAE. */
    StubConfig toConfig() {
        return config.build();
    }

    private void convert() throws UsageException {
        if (!LOG_LEVELS.contains(logLevel())) {
            throw invalid("log-level", line.getOptionValue("log-level"), "use error, warn, info, debug, trace or off");
        }
        // Explicit calls rather than a table of method references: nothing to link on the start-up path.
        StubConfig defaults = config.build();
        String spec = line.getOptionValue("spec"); // null for --spec alone: the bundled spec
        config.pacts(pacts())
                .watch(line.hasOption("watch"))
                .watchInterval(duration("watch-interval", defaults.watchInterval()))
                .host(line.getOptionValue("host", defaults.host()))
                .port(port(defaults.port()))
                .cors(line.hasOption("cors"))
                .admin(!line.hasOption("no-admin"))
                .ioThreads(integer("io-threads", defaults.ioThreads()))
                .providerState(line.getOptionValue("provider-state"))
                .providerStateHeader(line.getOptionValue("provider-state-header", defaults.providerStateHeader()))
                .specValidation(line.hasOption("spec"))
                .spec(spec == null || spec.isEmpty() ? null : path("spec", spec))
                .maxBodyBytes(size("max-body", defaults.maxBodyBytes()))
                .maxHeaderBytes(size("max-headers", defaults.maxHeaderBytes()))
                .readTimeout(duration("read-timeout", defaults.readTimeout()))
                .idleTimeout(duration("idle-timeout", defaults.idleTimeout()))
                .journalSize(integer("journal-size", defaults.journalSize()))
                .matchCacheSize(integer("match-cache", defaults.matchCacheSize()))
                .requestLog(!line.hasOption("no-request-log"));
    }

    private List<Path> pacts() throws UsageException {
        String[] values = line.getOptionValues("pact");
        List<Path> pacts = new ArrayList<>();
        for (int i = 0; values != null && i < values.length; i++) {
            pacts.add(path("pact", values[i]));
        }
        return pacts;
    }

    private static Path path(String option, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw invalid(option, value, e.getReason());
        }
    }

    private int port(int fallback) throws UsageException {
        int port = integer("port", fallback);
        if (port < 0 || port > 65535) {
            throw invalid("port", line.getOptionValue("port"), "a port is 0 to 65535");
        }
        return port;
    }

    private int integer(String option, int fallback) throws UsageException {
        String value = line.getOptionValue(option);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(option, value, "not a whole number");
        }
    }

    private int size(String option, int fallback) throws UsageException {
        String value = line.getOptionValue(option);
        try {
            return value == null ? fallback : Units.size(value);
        } catch (IllegalArgumentException e) {
            throw invalid(option, e);
        }
    }

    private Duration duration(String option, Duration fallback) throws UsageException {
        String value = line.getOptionValue(option);
        try {
            return value == null ? fallback : Units.duration(value);
        } catch (IllegalArgumentException e) {
            throw invalid(option, e);
        }
    }

    private static UsageException invalid(String option, IllegalArgumentException e) {
        return new UsageException("Invalid value for option '--" + option + "': " + e.getMessage());
    }

    private static UsageException invalid(String option, String value, String why) {
        return new UsageException("Invalid value for option '--" + option + "': '" + value + "' (" + why + ")");
    }

    private static String name(Option option) {
        return option.hasLongOpt() ? "--" + option.getLongOpt() : "-" + option.getOpt();
    }
}
