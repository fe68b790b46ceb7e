package com.skylightchat.tickets.stub.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's names for the settings the library checks. {@link com.skylightchat.tickets.stub.StubConfig}
 * reports a bad value with the builder's name ({@code maxBodyBytes must be between …}), which is right for a Java
 * caller; a command-line user typed {@code --max-body}, so that is the name their error must show.
 */
final class SettingNames {

    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("port", "--port"),
            Map.entry("ioThreads", "--io-threads"),
            Map.entry("maxBodyBytes", "--max-body"),
            Map.entry("maxHeaderBytes", "--max-headers"),
            Map.entry("maxInFlightBodyBytes", "--max-in-flight"),
            Map.entry("readTimeout", "--read-timeout"),
            Map.entry("bodyTimeout", "--body-timeout"),
            Map.entry("idleTimeout", "--idle-timeout"),
            Map.entry("gracePeriod", "--grace-period"),
            Map.entry("journalSize", "--journal-size"),
            Map.entry("journalBodyBytes", "--journal-body"),
            Map.entry("watchInterval", "--watch-interval"),
            Map.entry("matchCacheSize", "--match-cache"),
            Map.entry("maxMatchBodyBytes", "--max-match-body"),
            Map.entry("noMatchStatus", "--no-match-status"),
            Map.entry("adminToken", "--admin-token"),
            Map.entry("apiKeys", "--api-key"),
            Map.entry("departments", "--departments"),
            Map.entry("maxTickets", "--max-tickets"),
            Map.entry("maxReplies", "--max-replies"),
            Map.entry("maxTextChars", "--max-text"),
            Map.entry("broker timeout", "--broker-timeout"));

    private SettingNames() {
    }

    /** {@code message} with every setting it names written as its option, e.g. {@code --max-body must be …}. */
    static String asOptions(String message) {
        String result = message;
        for (Map.Entry<String, String> name : OPTIONS.entrySet()) {
            // whole words only: "port" in "support" stays
            result = result.replaceAll("(?<![\\w-])" + Pattern.quote(name.getKey()) + "(?![\\w-])",
                    Matcher.quoteReplacement(name.getValue()));
        }
        return result;
    }
}
