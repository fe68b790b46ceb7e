package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.stub.Mode;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.faults.FaultSpecs;
import com.skylightchat.tickets.stub.http.Units;
import com.skylightchat.tickets.stub.simulator.SimulatorSettings;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The parsed command line. {@link #parse} reads the arguments against {@link StubOptions} strictly (no abbreviated
 * options, no stray arguments, no repeated single-valued options) and converts every value into a
 * {@link StubConfig}, so a bad one is a {@link UsageException} naming the option before anything starts. The config's
 * own checks still apply. Unset options keep the config's defaults.
 */
final class StubCommand {

    static final Set<String> LOG_LEVELS = Set.of("error", "warn", "info", "debug", "trace", "off");

    private final CommandLine line;
    private final StubConfig config;

    private StubCommand(CommandLine line, StubConfig config) {
        this.line = line;
        this.config = config;
    }

    /** Parses {@code args}; a {@link UsageException} names the first problem. */
    static StubCommand parse(String[] args) throws UsageException {
        return parse(args, System::getenv);
    }

    /** @param env the environment, read for the Pact Broker's credentials only */
    static StubCommand parse(String[] args, Function<String, String> env) throws UsageException {
        CommandLine line = read(args);
        Values values = new Values(line);
        String level = line.getOptionValue("log-level", "info").toLowerCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw Values.invalid("log-level", level, "use error, warn, info, debug, trace or off");
        }
        StubConfig defaults = StubConfig.builder().build();
        Mode mode = modeOf(line);
        StubConfig.Builder config = StubConfig.builder()
                .mode(mode)
                .apiKeys(List.of(values.all("api-key")))
                .departments(values.converted("departments", StubCommand::titles,
                        SimulatorSettings.DEFAULT_DEPARTMENTS))
                .maxTickets(values.converted("max-tickets", Integer::parseInt, defaults.simulator().maxTickets()))
                .maxReplies(values.converted("max-replies", Integer::parseInt, defaults.simulator().maxReplies()))
                .maxTextChars(values.converted("max-text", Units::size, (int) defaults.simulator().maxTextChars()))
                .watch(line.hasOption("watch"))
                .watchInterval(values.converted("watch-interval", Units::duration, defaults.watchInterval()))
                .host(line.getOptionValue("host", defaults.host()))
                .port(values.converted("port", StubCommand::port, defaults.port()))
                .cors(line.hasOption("cors"))
                .ioThreads(values.converted("io-threads", Integer::parseInt, defaults.http().ioThreads()))
                .admin(!line.hasOption("no-admin"))
                .adminToken(line.getOptionValue("admin-token"))
                .providerState(line.getOptionValue("provider-state"))
                .providerStateHeader(line.getOptionValue("provider-state-header",
                        defaults.replay().providerStateHeader()))
                .noMatchStatus(values.converted("no-match-status", Integer::parseInt, 404))
                .specValidation(line.hasOption("spec"))
                .maxBodyBytes(values.converted("max-body", Units::size, defaults.http().maxBodyBytes()))
                .maxHeaderBytes(values.converted("max-headers", Units::size, defaults.http().maxHeaderBytes()))
                .maxInFlightBodyBytes(values.converted("max-in-flight", Units::size,
                        (int) defaults.http().maxInFlightBodyBytes()))
                .maxMatchBodyBytes(values.converted("max-match-body", Units::size,
                        defaults.replay().budget().maxBodyBytes()))
                .readTimeout(values.converted("read-timeout", Units::duration, defaults.http().readTimeout()))
                .bodyTimeout(values.converted("body-timeout", Units::duration, defaults.http().bodyTimeout()))
                .idleTimeout(values.converted("idle-timeout", Units::duration, defaults.http().idleTimeout()))
                .gracePeriod(values.converted("grace-period", Units::duration, defaults.http().gracePeriod()))
                .journalSize(values.converted("journal-size", Integer::parseInt, defaults.journal().size()))
                .journalBodyBytes(values.converted("journal-body", Units::size, defaults.journal().maxBodyBytes()))
                .matchCacheSize(values.converted("match-cache", Integer::parseInt, defaults.replay().matchCacheSize()))
                .requestLog(!line.hasOption("no-request-log"));
        String spec = line.getOptionValue("spec"); // null for --spec alone: the bundled spec
        if (spec != null && !spec.isEmpty()) {
            config.spec(values.converted("spec", Path::of, null));
        }
        Set<Path> pacts = new HashSet<>();
        for (String pact : values.all("pact")) {
            Path path = Values.convert("pact", pact, Path::of);
            if (!pacts.add(path.toAbsolutePath().normalize())) {
                throw new UsageException("option '--pact' names '" + pact + "' twice: its interactions would be "
                        + "served twice");
            }
            config.pact(path);
        }
        for (String fault : values.all("fault")) {
            config.fault(Values.convert("fault", fault, FaultSpecs::parse));
        }
        config.broker(BrokerOptions.settings(line, values, env));
        refuseIneffective(line); // after the values: a value that does not read is the first thing to fix
        try {
            return new StubCommand(line, config.build());
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid option: " + SettingNames.asOptions(e.getMessage()));
        }
    }

    private static CommandLine read(String[] args) throws UsageException {
        CommandLine line;
        try {
            line = DefaultParser.builder().setAllowPartialMatching(false).get().parse(StubOptions.all(), args);
        } catch (UnrecognizedOptionException e) {
            throw new UsageException("Unknown option: '" + e.getOption() + "'");
        } catch (MissingArgumentException e) {
            throw new UsageException("Missing required parameter for option '" + Values.name(e.getOption()) + "' ("
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
            if (!StubOptions.REPEATABLE.contains(option.getLongOpt()) && !seen.add(option.getLongOpt())) {
                throw new UsageException("option '" + Values.name(option) + "' should be specified only once");
            }
        }
        return line;
    }

    /** Simulate with {@code --simulate}, else replay; options of the other mode are a usage error. */
    private static Mode modeOf(CommandLine line) throws UsageException {
        boolean simulate = line.hasOption("simulate");
        for (String option : simulate ? StubOptions.REPLAY_ONLY : StubOptions.SIMULATE_ONLY) {
            if (line.hasOption(option)) {
                throw new UsageException("option '--" + option + "' " + (simulate
                        ? "is for replay mode; --simulate serves no pacts" : "is for simulate mode; add --simulate"));
            }
        }
        return simulate ? Mode.SIMULATE : Mode.REPLAY;
    }

    /** Options that mean nothing without (or with) another would otherwise be ignored without a word. */
    private static void refuseIneffective(CommandLine line) throws UsageException {
        if (line.hasOption("watch-interval") && !line.hasOption("watch")) {
            throw new UsageException("option '--watch-interval' needs --watch");
        }
        if (line.hasOption("admin-token") && line.hasOption("no-admin")) {
            throw new UsageException("option '--admin-token' has no effect with --no-admin");
        }
    }

    private static List<String> titles(String value) {
        List<String> titles = Arrays.stream(value.split(",")).map(String::strip).toList();
        if (titles.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a department title is empty");
        }
        return titles;
    }

    private static int port(String value) {
        int port = Integer.parseInt(value);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is 0 to 65535");
        }
        return port;
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

    StubConfig config() {
        return config;
    }

    /** Reads option values, turning a value that does not convert into a usage error naming the option. */
    record Values(CommandLine line) {

        <T> T converted(String option, Function<String, T> conversion, T fallback) throws UsageException {
            String value = line.getOptionValue(option);
            return value == null ? fallback : convert(option, value, conversion);
        }

        String[] all(String option) {
            String[] values = line.getOptionValues(option);
            return values == null ? new String[0] : values;
        }

        static <T> T convert(String option, String value, Function<String, T> conversion) throws UsageException {
            try {
                return conversion.apply(value);
            } catch (NumberFormatException e) {
                throw invalid(option, value, "not a whole number");
            } catch (InvalidPathException e) {
                throw invalid(option, value, e.getReason());
            } catch (IllegalArgumentException e) {
                // The message already quotes the value: "unknown size unit in '12parsecs' (use k or m)".
                String why = e.getMessage();
                throw new UsageException("Invalid value for option '--" + option + "': "
                        + (why.contains(value) ? why : "'" + value + "' (" + why + ")"));
            }
        }

        static UsageException invalid(String option, String value, String why) {
            return new UsageException("Invalid value for option '--" + option + "': '" + value + "' (" + why + ")");
        }

        static String name(Option option) {
            return option.hasLongOpt() ? "--" + option.getLongOpt() : "-" + option.getOpt();
        }
    }
}
