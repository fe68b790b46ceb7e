package com.skylightchat.tickets.stub.matching;

import au.com.dius.pact.core.matchers.RequestMatchResult;
import au.com.dius.pact.core.matchers.RequestMatching;
import au.com.dius.pact.core.model.Request;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which interaction answers a request. Pact JVM's {@link RequestMatching} is the only judge of "matches"
 * (method, path, query, headers, body, with the pact's matching rules), so the stub and the consumer tests agree.
 * Around it: the {@link InteractionIndex} limits the judging to candidates for the method and path, and the
 * {@link MatchCache} remembers decisions by {@link MatchKey}. Several full matches: the selected provider state
 * wins, then an interaction without state, then load order. Thread-safe; one instance per loaded pact set.
 */
public final class RequestMatcher {

    private static final int MAX_NEAR_MISSES = 3;

    private final LoadedPacts pacts;
    private final InteractionIndex index;
    private final MatchCache cache;
    private final NearMissFinder nearMisses;

    public RequestMatcher(LoadedPacts pacts, int cacheCapacity) {
        this.pacts = pacts;
        this.index = new InteractionIndex(pacts.interactions());
        this.cache = new MatchCache(cacheCapacity);
        this.nearMisses = new NearMissFinder(pacts.interactions());
    }

    /**
     * @param request the request as received
     * @param state   the selected provider state, or {@code null}
     */
    public MatchOutcome match(IncomingRequest request, String state) {
        Candidates candidates = index.candidates(request.method(), request.path());
        MatchKey key = new MatchKey(request, candidates, state);
        return cache.get(key, k -> decide(request, candidates, state));
    }

    /**
     * Replays up to {@code limit} interactions' own recorded requests through the matcher: initialises Pact JVM's
     * matching classes before the first client arrives and leaves those decisions cached. Safe to run on a
     * background thread while requests are served.
     */
    public void warmUp(int limit) {
        for (StubInteraction interaction : pacts.interactions().subList(0, Math.min(limit,
                pacts.interactions().size()))) {
            match(IncomingRequest.recorded(interaction.request()), interaction.firstStateName());
        }
    }

    int cachedDecisions() {
        return cache.size();
    }

    private MatchOutcome decide(IncomingRequest request, Candidates candidates, String state) {
        if (request.body().length > 0 && request.isJson()) {
            String problem = JsonSyntax.problem(request.body());
            if (problem != null) {
                return new MatchOutcome.MalformedBody(problem);
            }
        }
        Request actual = request.toPactRequest();
        List<StubInteraction> full = new ArrayList<>();
        List<NearMiss> partial = new ArrayList<>();
        for (StubInteraction candidate : candidates.interactions()) {
            RequestMatchResult result = RequestMatching.requestMismatches(candidate.request(), actual);
            if (result.matchedOk()) {
                full.add(candidate);
            } else {
                partial.add(NearMissFinder.explain(candidate, result));
            }
        }
        if (!full.isEmpty()) {
            return select(full, state);
        }
        partial.sort(Comparator.comparingInt(NearMiss::score).reversed()
                .thenComparingInt(m -> m.interaction().order()));
        List<NearMiss> nearest = new ArrayList<>(partial.subList(0, Math.min(MAX_NEAR_MISSES, partial.size())));
        if (nearest.size() < MAX_NEAR_MISSES) {
            nearest.addAll(nearMisses.outsideCandidates(actual, candidates, MAX_NEAR_MISSES - nearest.size()));
        }
        String hint = BasePathHint.of(request.path(),
                path -> !index.candidates(request.method(), path).interactions().isEmpty());
        return new MatchOutcome.NotMatched(nearest, hint);
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
