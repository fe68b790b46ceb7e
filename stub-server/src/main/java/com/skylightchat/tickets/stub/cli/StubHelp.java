package com.skylightchat.tickets.stub.cli;

import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The text of {@code --help} (synopsis, description, the options under one heading per concern, exit codes) and of
 * {@code --version}. 80 columns, stable, so the README can show it verbatim (a test compares the two).
 *
 * <p>Rendered by Commons CLI's classic {@link HelpFormatter}: its successor {@code org.apache.commons.cli.help}
 * draws a table with a header row and pads every line with trailing blanks. All options go through the formatter
 * in one call, so their descriptions share one column across the groups; the rendered rows are then cut into the
 * groups of {@link StubOptions#groups()}.
 */
@SuppressWarnings("deprecation") // the classic HelpFormatter, see above
final class StubHelp {

    static final int WIDTH = 80;
    private static final int LEFT_PAD = 2;
    private static final int DESC_PAD = 2;
    private static final String NAME = "tickets-stub-server";

    private StubHelp() {
    }

    static String text() {
        List<StubOptions.Group> groups = StubOptions.groups();
        Options all = StubOptions.all();
        HelpFormatter formatter = new HelpFormatter();
        formatter.setOptionComparator(null); // the order of StubOptions, not alphabetical
        formatter.setLongOptSeparator("=");
        formatter.setSyntaxPrefix("Usage: ");

        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        StringWriter usage = new StringWriter();
        formatter.printUsage(new PrintWriter(usage), WIDTH, NAME, all);
        out.print(optionalValues(usage.toString(), groups));
        out.println("Replays Pact files as a strict HTTP stub of the SkyLight Chat Tickets API.");
        out.println("Without --pact it serves the pacts embedded at build time.");
        List<String> rows = rows(formatter, all);
        if (rows.size() != all.getOptions().size()) {
            throw new IllegalStateException("help: " + rows.size() + " rows for " + all.getOptions().size() + " options");
        }
        int row = 0;
        for (StubOptions.Group group : groups) {
            if (!group.heading().isEmpty()) {
                out.println();
                out.println(group.heading());
            }
            for (Option option : group.options()) {
                out.print(optionalValue(rows.get(row++), option));
            }
        }
        out.println();
        out.println("Exit codes:");
        out.println("  0  stopped normally");
        out.println("  1  could not start (e.g. the port is taken)");
        out.println("  2  usage error");
        out.println("  3  a pact file could not be loaded");
        out.println("  4  --validate: a pact disagrees with the spec");
        out.flush();
        return text.toString();
    }

    /** {@code tickets-stub-server <version>}, the version from the jar's manifest. */
    static String version() {
        String version = StubMain.class.getPackage().getImplementationVersion();
        return NAME + " " + (version == null ? "(development build, not run from the jar)" : version);
    }

    /** The formatter's option list, one string (with its wrapped description lines) per option. */
    private static List<String> rows(HelpFormatter formatter, Options options) {
        StringWriter rendered = new StringWriter();
        formatter.printOptions(new PrintWriter(rendered), WIDTH, options, LEFT_PAD, DESC_PAD);
        // A row starts where a line starts with an option name; wrapped description lines are indented further.
        String optionStart = "\n" + " ".repeat(LEFT_PAD) + "(?= {0,3}-)";
        return List.of(("\n" + rendered.toString().replace("\r\n", "\n")).split(optionStart)).stream()
                .filter(row -> !row.isEmpty()).map(row -> row.endsWith("\n") ? " ".repeat(LEFT_PAD) + row
                        : " ".repeat(LEFT_PAD) + row + "\n").toList();
    }

    /**
     * The classic formatter has no notation for an optional value: {@code --spec=<FILE>} becomes
     * {@code --spec[=<FILE>]}. In the option list the name column has room for the two characters (two blanks of
     * padding follow every name but the longest, which is not {@code --spec}).
     */
    private static String optionalValue(String row, Option option) {
        String plain = "--" + option.getLongOpt() + "=<" + option.getArgName() + ">  ";
        if (!option.hasOptionalArg() || !row.contains(plain)) {
            return row;
        }
        return row.replace(plain, "--" + option.getLongOpt() + "[=<" + option.getArgName() + ">]");
    }

    /** The same for the synopsis, where the line may grow by two characters. */
    private static String optionalValues(String usage, List<StubOptions.Group> groups) {
        String text = usage;
        for (StubOptions.Group group : groups) {
            for (Option option : group.options()) {
                if (option.hasOptionalArg()) {
                    String name = "--" + option.getLongOpt();
                    String value = "=<" + option.getArgName() + ">";
                    text = text.replace("[" + name + value + "]", "[" + name + "[" + value + "]]");
                }
            }
        }
        return text;
    }
}
