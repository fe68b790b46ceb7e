package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.matching.MatchBudget;
import com.skylightchat.tickets.stub.matching.RequestMatcher;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything derived from one loaded pact set: the matcher (with its index and cache), the pre-rendered
 * responses and the known provider states. Swapped as one reference on reload, so a request never sees half of
 * an old set and half of a new one. Immutable.
 */
public final class ServedPacts {

    private final LoadedPacts pacts;
    private final RequestMatcher matcher;
    private final ResponseRenderer responses;
    private final SortedSet<String> knownStates;
    private final Instant loadedAt = Instant.now();

    ServedPacts(LoadedPacts pacts, int matchCacheSize, MatchBudget budget) {
        this.pacts = pacts;
        this.matcher = new RequestMatcher(pacts, matchCacheSize, budget);
        this.responses = new ResponseRenderer(pacts.interactions());
        this.knownStates = Collections.unmodifiableSortedSet(new TreeSet<>(pacts.knownStates()));
    }

    public LoadedPacts pacts() {
        return pacts;
    }

    RequestMatcher matcher() {
        return matcher;
    }

    ResponseRenderer responses() {
        return responses;
    }

    /** Every provider state the pacts name, sorted. */
    public SortedSet<String> knownStates() {
        return knownStates;
    }

    public boolean knows(String state) {
        return knownStates.contains(state);
    }

    /** The error for a state the pacts do not name, listing the ones they do. */
    public IllegalArgumentException unknownState(String state) {
        return new IllegalArgumentException("unknown provider state '" + state + "'; known: " + knownStates);
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
