package com.skylightchat.tickets.stub.cli;

import org.apache.commons.cli.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code --help} (synopsis, the options under one heading per concern, exit codes) and of
 * {@code --version}. 80 columns, stable, so the README shows it verbatim (a test compares the two). Laid out here
 * rather than by Commons CLI's formatter, which knows no groups: one name column for all groups, descriptions
 * wrapped at word boundaries.
 */
final class StubHelp {

    static final int WIDTH = 80;
    /** The widest name column; a longer option name gets a line of its own, its description below it. */
    private static final int MAX_COLUMN = 38;
    private static final String NAME = "tickets-stub-server";
    static final String USAGE = "Usage: " + NAME + " [OPTIONS]";

    private StubHelp() {
    }

    static String text() {
        List<StubOptions.Group> groups = StubOptions.groups();
        int column = 0;
        for (StubOptions.Group group : groups) {
            for (Option option : group.options()) {
                column = Math.max(column, name(option).length() + 4);
            }
        }
        column = Math.min(column, MAX_COLUMN);
        StringBuilder text = new StringBuilder(USAGE + "\n")
                .append("Replays the Tickets API's pacts as a strict HTTP stub. Without --pact or\n")
                .append("--broker-url it serves the pacts embedded at build time. With --simulate it\n")
                .append("implements the API in memory instead: tickets created, answered and closed as\n")
                .append("the provider would.\n");
        for (StubOptions.Group group : groups) {
            text.append(group.heading().isEmpty() ? "" : "\n" + group.heading() + "\n");
            for (Option option : group.options()) {
                row(text, name(option), option.getDescription(), column);
            }
        }
        return text.append("\nExit codes:\n")
                .append("  0  stopped normally (also on SIGTERM, once requests in flight finished)\n")
                .append("  1  could not start (e.g. the port is taken)\n")
                .append("  2  usage error\n")
                .append("  3  a pact could not be loaded (a file, or from the Pact Broker)\n")
                .append("  4  --validate: a pact disagrees with the spec\n").toString();
    }

    /** {@code tickets-stub-server <version>}, the version from the jar's manifest. */
    static String version() {
        String version = StubMain.class.getPackage().getImplementationVersion();
        return NAME + " " + (version == null ? "(development build, not run from the jar)" : version);
    }

    /** {@code -p, --pact <FILE|DIR>}, {@code --spec [<FILE>]}, {@code --watch}. */
    private static String name(Option option) {
        String name = (option.getOpt() == null ? "    " : "-" + option.getOpt() + ", ") + "--" + option.getLongOpt();
        if (!option.hasArg()) {
            return name;
        }
        return name + (option.hasOptionalArg() ? " [<" + option.getArgName() + ">]" : " <" + option.getArgName() + ">");
    }

    private static void row(StringBuilder text, String name, String description, int column) {
        List<String> lines = wrap(description, WIDTH - column);
        if (name.length() + 3 > column) {
            text.append("  ").append(name).append('\n').append(" ".repeat(column)).append(lines.get(0)).append('\n');
        } else {
            text.append("  ").append(name).append(" ".repeat(column - name.length() - 2)).append(lines.get(0))
                    .append('\n');
        }
        for (String line : lines.subList(1, lines.size())) {
            text.append(" ".repeat(column)).append(line).append('\n');
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
