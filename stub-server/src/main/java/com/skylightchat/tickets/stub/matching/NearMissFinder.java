package com.skylightchat.tickets.stub.matching;

import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.RequestMatchResult;
import au.com.dius.pact.core.matchers.RequestMatching;
import au.com.dius.pact.core.model.Request;
import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds and explains near misses. Candidates (same method and path) are explained from their Pact JVM result;
 * when there are fewer than three, the closest other interactions are picked by a cheap resemblance score (same
 * method, shared leading path segments) and then judged by Pact JVM too, so every reason is Pact's. Only runs when
 * nothing matched, and its result is cached with the decision. Thread-safe.
 */
final class NearMissFinder {

    private final List<StubInteraction> all;

    NearMissFinder(List<StubInteraction> all) {
        this.all = all;
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

    List<NearMiss> outsideCandidates(Request actual, Candidates candidates, int limit) {
        String[] segments = segments(actual.getPath());
        String method = actual.getMethod().toUpperCase(Locale.ROOT);
        List<StubInteraction> others = new ArrayList<>();
        for (StubInteraction i : all) {
            if (!candidates.interactions().contains(i)) {
                others.add(i);
            }
        }
        others.sort(Comparator.comparingInt((StubInteraction i) -> -resemblance(i, method, segments))
                .thenComparingInt(StubInteraction::order));
        List<NearMiss> result = new ArrayList<>();
        for (StubInteraction i : others.subList(0, Math.min(limit, others.size()))) {
            result.add(explain(i, RequestMatching.requestMismatches(i.request(), actual)));
        }
        return result;
    }

    private static int resemblance(StubInteraction i, String method, String[] segments) {
        int score = i.request().getMethod().equalsIgnoreCase(method) ? 100 : 0;
        String[] theirs = segments(i.request().getPath());
        int shared = 0;
        while (shared < Math.min(theirs.length, segments.length) && theirs[shared].equals(segments[shared])) {
            shared++;
        }
        score += shared * 10;
        return theirs.length == segments.length ? score + 5 : score;
    }

    private static String[] segments(String path) {
        return path.replaceAll("^/+", "").split("/");
    }
}
