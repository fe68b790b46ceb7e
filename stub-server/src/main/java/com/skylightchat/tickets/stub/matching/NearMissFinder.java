package com.skylightchat.tickets.stub.matching;

import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.RequestMatchResult;
import au.com.dius.pact.core.matchers.RequestMatching;
import au.com.dius.pact.core.model.Request;
import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds and explains near misses. Candidates (same method and path) are explained from their Pact JVM result;
 * when there are fewer than three, the closest other interactions are picked by a cheap resemblance score (same
 * method, shared leading path segments) and then judged by Pact JVM too, so every reason is Pact's. Only runs when
 * nothing matched, and its result is cached with the decision. Thread-safe.
 */
final class NearMissFinder {

    private final List<StubInteraction> all;
    /** Each interaction's path segments, worked out once: a 404 scores every interaction against the request. */
    private final String[][] segmentsOf;

    NearMissFinder(List<StubInteraction> all) {
        this.all = all;
        this.segmentsOf = new String[all.size()][];
        for (int i = 0; i < all.size(); i++) {
            segmentsOf[i] = segments(all.get(i).request().getPath());
        }
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
        String method = actual.getMethod();
        Set<Integer> candidateOrders = new HashSet<>();
        for (StubInteraction c : candidates.interactions()) {
            candidateOrders.add(c.order());
        }
        // One pass keeping the best `limit` (highest score, then file order): no sort of every interaction.
        List<Integer> best = new ArrayList<>(limit + 1);
        List<Integer> scores = new ArrayList<>(limit + 1);
        for (int i = 0; i < all.size() && limit > 0; i++) {
            if (candidateOrders.contains(all.get(i).order())) {
                continue;
            }
            int score = resemblance(all.get(i), method, segmentsOf[i], segments);
            int at = scores.size();
            while (at > 0 && scores.get(at - 1) < score) {
                at--;
            }
            if (at < limit) {
                best.add(at, i);
                scores.add(at, score);
                if (best.size() > limit) {
                    best.remove(limit);
                    scores.remove(limit);
                }
            }
        }
        List<NearMiss> result = new ArrayList<>();
        for (int i : best) {
            result.add(explain(all.get(i), RequestMatching.requestMismatches(all.get(i).request(), actual)));
        }
        return result;
    }

    private static int resemblance(StubInteraction i, String method, String[] theirs, String[] segments) {
        int score = i.request().getMethod().equalsIgnoreCase(method) ? 100 : 0;
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
