package com.skylightchat.tickets.stub.loader;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import com.skylightchat.tickets.contract.pact.HttpInteraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Adapts a Pact JVM request/response interaction to a {@link StubInteraction}: works out which headers it
 * constrains, whether its path is patterned (and a regex pre-filter for it) and whether the response has
 * generators.
 */
final class InteractionAdapter {

    /** Matching-rule categories Pact JVM reads during request matching. */
    private static final List<String> REQUEST_CATEGORIES = List.of("path", "query", "header", "body", "method");
    private static final Pattern ANY_PATH = Pattern.compile(".*");

    private InteractionAdapter() {
    }

    static StubInteraction adapt(int order, String source, HttpInteraction interaction) {
        IRequest request = interaction.request();
        IResponse response = interaction.response();
        // rulesForCategory() creates missing categories lazily in a plain HashMap; creating them here, on one
        // thread, makes the later concurrent reads by the matcher safe.
        REQUEST_CATEGORIES.forEach(c -> request.getMatchingRules().rulesForCategory(c));
        List.of("status", "header", "body").forEach(c -> response.getMatchingRules().rulesForCategory(c));
        return new StubInteraction(order, source, interaction.description(),
                List.copyOf(interaction.exchange().getProviderStates()),
                request, response, response.getGenerators().isNotEmpty(), headerNames(request),
                pathPattern(request));
    }

    private static Set<String> headerNames(IRequest request) {
        Set<String> names = new TreeSet<>();
        request.getHeaders().keySet().forEach(h -> names.add(h.toLowerCase(Locale.ROOT)));
        request.getMatchingRules().rulesForCategory("header").getMatchingRules().keySet()
                .forEach(h -> names.add(h.toLowerCase(Locale.ROOT)));
        return Set.copyOf(names);
    }

    private static Pattern pathPattern(IRequest request) {
        MatchingRuleCategory path = request.getMatchingRules().rulesForCategory("path");
        if (path.isEmpty()) {
            return null;
        }
        List<MatchingRule> rules = path.allMatchingRules();
        if (rules.size() == 1 && rules.get(0) instanceof RegexMatcher regex) {
            return Pattern.compile(regex.getRegex()); // the reader has compiled every regex matcher once already
        }
        // Any other rule (type, provider-state expression…): Pact JVM decides for every request.
        return ANY_PATH;
    }
}
