package com.skylightchat.tickets.stub.matching;

import au.com.dius.pact.core.matchers.RequestMatchResult;
import au.com.dius.pact.core.matchers.RequestMatching;
import au.com.dius.pact.core.model.Request;
import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.JsonSyntax;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decides which interaction answers a request. Pact JVM's {@link RequestMatching} is the only judge of "matches"
 * (method, path, query, headers, body, with the pact's matching rules), so the stub and the consumer tests agree.
 * Around it: the {@link InteractionIndex} limits the judging to candidates for the method and path, and the
 * {@link MatchCache} remembers decisions by {@link MatchKey}. Several full matches: the selected provider state
 * wins, then an interaction without state, then load order.
 *
 * <p>Bounded work: a body larger than {@link MatchBudget#maxBodyBytes()} is not handed to Pact JVM (whose mismatch
 * diff grows faster than the body) and matches nothing, saying so; near misses outside the candidates are only
 * explained while the time budget lasts. Thread-safe; one instance per loaded pact set.
 */
public final class RequestMatcher {

    private static final int MAX_NEAR_MISSES = 3;

    private final InteractionIndex index;
    private final MatchCache cache;
    private final NearMissFinder nearMisses;
    private final MatchBudget budget;

    public RequestMatcher(LoadedPacts pacts, int cacheCapacity, MatchBudget budget) {
        this.index = new InteractionIndex(pacts.interactions());
        this.cache = new MatchCache(cacheCapacity);
        this.nearMisses = new NearMissFinder(pacts.interactions());
        this.budget = budget;
    }

    /** The remembered decision for this request and state, or {@code null} (then {@link #match} does the work). */
    public MatchOutcome remembered(IncomingRequest request, String state) {
        Candidates candidates = index.candidates(request.method(), request.path());
        return cache.find(new MatchKey(request, candidates, state));
    }

    /**
     * @param request the request as received
     * @param state   the selected provider state, or {@code null}
     */
    public MatchOutcome match(IncomingRequest request, String state) {
        Candidates candidates = index.candidates(request.method(), request.path());
        MatchKey key = new MatchKey(request, candidates, state);
        MatchOutcome found = cache.find(key);
        if (found == null) {
            found = decide(request, candidates, state);
            cache.remember(key, found);
        }
        return found;
    }

    int cachedDecisions() {
        return cache.size();
    }

    private MatchOutcome decide(IncomingRequest request, Candidates candidates, String state) {
        long started = System.nanoTime();
        if (request.body().length > 0 && request.isJson()) {
            String problem = JsonSyntax.problem(request.body());
            if (problem != null) {
                return new MatchOutcome.MalformedBody(problem);
            }
        }
        if (request.body().length > budget.maxBodyBytes()) {
            return new MatchOutcome.NotMatched(List.of(), hint(request), "the body has " + request.body().length
                    + " bytes, more than the " + budget.maxBodyBytes() + " the stub compares with the pacts");
        }
        Request actual = PactRequests.of(request);
        // A path that lacks the base path (or has it twice) has no candidates; the interactions of the path it
        // meant are the nearest misses, and cannot match: their paths differ from this one.
        String meant = candidates.interactions().isEmpty()
                ? BasePathHint.contractPath(request.path(), inContract(request)) : null;
        Candidates judged = meant == null ? candidates : index.candidates(request.method(), meant);
        List<StubInteraction> full = new ArrayList<>();
        List<NearMiss> partial = new ArrayList<>();
        for (StubInteraction candidate : judged.interactions()) {
            RequestMatchResult result = RequestMatching.requestMismatches(candidate.request(), actual);
            if (!result.matchedOk()) {
                partial.add(NearMissFinder.explain(candidate, result));
            } else if (meant == null) {
                full.add(candidate); // only the request's own path's candidates may answer it
            }
        }
        if (!full.isEmpty()) {
            return select(full, state);
        }
        partial.sort(Comparator.comparingInt(NearMiss::score).reversed()
                .thenComparingInt(m -> m.interaction().order()));
        List<NearMiss> nearest = new ArrayList<>(partial.subList(0, Math.min(MAX_NEAR_MISSES, partial.size())));
        String cut = null;
        if (nearest.size() < MAX_NEAR_MISSES) {
            Duration spent = Duration.ofNanos(System.nanoTime() - started);
            if (spent.compareTo(budget.explanationTime()) < 0) {
                nearest.addAll(nearMisses.outsideCandidates(actual, judged, MAX_NEAR_MISSES - nearest.size()));
            } else {
                cut = "judging the candidates took " + spent.toMillis() + " ms, more than the "
                        + budget.explanationTime().toMillis() + " ms the stub spends on explaining a miss";
            }
        }
        return new MatchOutcome.NotMatched(nearest, hint(request), cut);
    }

    private String hint(IncomingRequest request) {
        return BasePathHint.of(request.path(), inContract(request));
    }

    private Predicate<String> inContract(IncomingRequest request) {
        return path -> !index.candidates(request.method(), path).interactions().isEmpty();
    }

    private static MatchOutcome select(List<StubInteraction> full, String state) {
        if (state != null) {
            for (StubInteraction i : full) {
                if (i.hasState(state)) {
                    return new MatchOutcome.Matched(i, state, full.size());
                }
            }
        }
        for (StubInteraction i : full) {
            if (i.providerStates().isEmpty()) {
                return new MatchOutcome.Matched(i, null, full.size());
            }
        }
        StubInteraction first = full.get(0);
        return new MatchOutcome.Matched(first, first.firstStateName(), full.size());
    }
}
