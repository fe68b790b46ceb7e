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
        closest.sort(Comparator.comparingInt((PathTrie.Resembling r) -> -resemblance(r, actual.getMethod(), segments))
                .thenComparingInt(r -> r.interaction().order()));
        List<NearMiss> result = new ArrayList<>();
        for (PathTrie.Resembling r : closest.subList(0, Math.min(limit, closest.size()))) {
            result.add(explain(r.interaction(), RequestMatching.requestMismatches(r.interaction().request(), actual)));
        }
        return result;
    }

    /** Same method counts most, then shared leading segments, then the same number of segments. */
    private static int resemblance(PathTrie.Resembling r, String method, int segments) {
        int score = r.interaction().request().getMethod().equalsIgnoreCase(method) ? 100 : 0;
        score += r.sharedSegments() * 10;
        return PathTrie.segments(r.interaction().request().getPath()).length == segments ? score + 5 : score;
    }
}
