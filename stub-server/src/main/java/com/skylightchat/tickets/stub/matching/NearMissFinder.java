package com.skylightchat.tickets.stub.matching;

import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.RequestMatchResult;
import au.com.dius.pact.core.matchers.RequestMatching;
import au.com.dius.pact.core.model.Request;
import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds and explains near misses. Candidates (same method and path) are explained from their Pact JVM result;
 * when there are fewer than three, the closest other interactions are taken from the {@link PathTrie} (longest
 * shared leading path, same method, same length) and then judged by Pact JVM too, so every reason is Pact's. Only
 * runs when nothing matched, and its result is cached with the decision. Thread-safe.
 */
final class NearMissFinder {

    private final PathTrie paths;

    NearMissFinder(List<StubInteraction> all) {
        this.paths = new PathTrie(all);
    }

    static NearMiss explain(StubInteraction interaction, RequestMatchResult result) {
        List<String> reasons = new ArrayList<>();
        for (Mismatch mismatch : result.getMismatches()) {
            reasons.add(MismatchWords.describe(mismatch));
        }
        if (reasons.isEmpty()) {
            reasons.add("no single difference reported by Pact JVM");
        }
        return new NearMiss(interaction, result.calculateScore(), reasons);
    }

    /** Up to {@code limit} near misses among the interactions that are not {@code candidates}, closest first. */
    List<NearMiss> outsideCandidates(Request actual, Candidates candidates, int limit) {
        Set<Integer> skip = new HashSet<>();
        candidates.interactions().forEach(c -> skip.add(c.order()));
        int segments = PathTrie.segments(actual.getPath()).length;
        List<PathTrie.Resembling> closest = new ArrayList<>();
        for (PathTrie.Resembling r : paths.resembling(actual.getMethod(), actual.getPath())) {
            if (!skip.contains(r.interaction().order())) {
                closest.add(r);
            }
        }
        String[] asked = PathTrie.segments(actual.getPath());
        closest.sort(Comparator.comparingInt((PathTrie.Resembling r) -> -resemblance(r, actual.getMethod(), asked))
                .thenComparingInt(r -> r.interaction().order()));
        // Judge a few more than shown, and show those Pact finds fewest differences in among the most alike paths.
        List<Judged> judged = new ArrayList<>();
        for (PathTrie.Resembling r : closest.subList(0, Math.min(2 * limit, closest.size()))) {
            judged.add(new Judged(resemblance(r, actual.getMethod(), asked),
                    explain(r.interaction(), RequestMatching.requestMismatches(r.interaction().request(), actual))));
        }
        judged.sort(Comparator.comparingInt((Judged j) -> -j.resemblance())
                .thenComparingInt(j -> j.nearMiss().reasons().size())
                .thenComparingInt(j -> j.nearMiss().interaction().order()));
        return judged.stream().limit(limit).map(Judged::nearMiss).toList();
    }

    private record Judged(int resemblance, NearMiss nearMiss) {
    }

    /**
     * Same method counts most, then shared leading segments, then the same number of segments, then segments equal at
     * the same place (the {@code close} of {@code /tickets/15/close}), then segments that are both numbers (ticket 15
     * asked, ticket 14 recorded).
     */
    private static int resemblance(PathTrie.Resembling r, String method, String[] asked) {
        int score = r.interaction().request().getMethod().equalsIgnoreCase(method) ? 100 : 0;
        score += r.sharedSegments() * 10;
        String[] recorded = PathTrie.segments(r.interaction().request().getPath());
        if (recorded.length == asked.length) {
            score += 5;
            for (int i = 0; i < asked.length; i++) {
                if (asked[i].equals(recorded[i])) {
                    score += 2;
                } else if (isNumber(asked[i]) && isNumber(recorded[i])) {
                    score += 1;
                }
            }
        }
        return score;
    }

    private static boolean isNumber(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }
}
