package com.skylightchat.tickets.contract.pact;

import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.MatchingRules;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles every regex matcher of an interaction once, at load time: Pact JVM compiles them only when a request is
 * matched, so a broken one would turn into a server error on the first request that reaches it.
 */
final class MatcherCheck {

    private MatcherCheck() {
    }

    static void check(String source, HttpInteraction interaction) {
        check(source, interaction, "request", interaction.request().getMatchingRules());
        check(source, interaction, "response", interaction.response().getMatchingRules());
    }

    private static void check(String source, HttpInteraction interaction, String part, MatchingRules rules) {
        for (String category : rules.getCategories()) {
            MatchingRuleCategory rulesOf = rules.rulesForCategory(category);
            for (Map.Entry<String, ?> entry : rulesOf.getMatchingRules().entrySet()) {
                for (MatchingRule rule : rulesOf.getMatchingRules().get(entry.getKey()).getRules()) {
                    if (rule instanceof RegexMatcher regex) {
                        compile(source, interaction, part + " " + category + where(entry.getKey()), regex);
                    }
                }
            }
        }
    }

    private static void compile(String source, HttpInteraction interaction, String where, RegexMatcher regex) {
        try {
            Pattern.compile(regex.getRegex());
        } catch (PatternSyntaxException e) {
            throw new PactLoadException(source, interaction.name() + ": the regex matcher of " + where + " does not compile: " + e.getDescription() + " in '"
                    + regex.getRegex() + "'", e);
        }
    }

    private static String where(String key) {
        return key.isEmpty() ? "" : " " + key;
    }
}
