package com.skylightchat.tickets.contract.pact;

import au.com.dius.pact.core.model.matchingrules.ArrayContainsMatcher;
import au.com.dius.pact.core.model.matchingrules.EachKeyMatcher;
import au.com.dius.pact.core.model.matchingrules.EachValueMatcher;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleGroup;
import au.com.dius.pact.core.model.matchingrules.MatchingRules;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.expressions.MatchingReference;
import au.com.dius.pact.core.model.matchingrules.expressions.MatchingRuleDefinition;
import au.com.dius.pact.core.support.Either;
import kotlin.Triple;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles every regex matcher of an interaction once, at load time: Pact JVM compiles them only when a request is
 * matched, so a broken one would turn into a server error on the first request that reaches it. Rules nested in
 * {@code eachKey}, {@code eachValue} and {@code arrayContains} are checked too.
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
            check(source, interaction, part + " " + category, rules.rulesForCategory(category));
        }
    }

    private static void check(String source, HttpInteraction interaction, String where, MatchingRuleCategory rules) {
        for (Map.Entry<String, MatchingRuleGroup> entry : rules.getMatchingRules().entrySet()) {
            for (MatchingRule rule : entry.getValue().getRules()) {
                check(source, interaction, where + where(entry.getKey()), rule);
            }
        }
    }

    private static void check(String source, HttpInteraction interaction, String where, MatchingRule rule) {
        if (rule instanceof RegexMatcher regex) {
            compile(source, interaction, where, regex);
        } else if (rule instanceof EachKeyMatcher each) {
            check(source, interaction, where + " (each key)", each.getDefinition());
        } else if (rule instanceof EachValueMatcher each) {
            check(source, interaction, where + " (each value)", each.getDefinition());
        } else if (rule instanceof ArrayContainsMatcher contains) {
            for (Triple<Integer, MatchingRuleCategory, ?> variant : contains.getVariants()) {
                check(source, interaction, where + " (variant " + variant.getFirst() + ")", variant.getSecond());
            }
        }
    }

    private static void check(String source, HttpInteraction interaction, String where,
                              MatchingRuleDefinition definition) {
        for (Either<MatchingRule, MatchingReference> nested : definition.getRules()) {
            if (nested instanceof Either.A<?> a && a.getValue() instanceof MatchingRule rule) {
                check(source, interaction, where, rule);
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
