package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.matching.RequestMatcher;

import java.time.Instant;
import java.util.Set;

/**
 * Everything derived from one loaded pact set: the matcher (with its index and cache), the pre-rendered
 * responses and the known provider states. Swapped as one reference on reload, so a request never sees half of
 * an old set and half of a new one. Immutable.
 */
public final class ServedPacts {

    private final LoadedPacts pacts;
    private final RequestMatcher matcher;
    private final ResponseRenderer responses;
    private final Set<String> knownStates;
    private final Instant loadedAt = Instant.now();

    public ServedPacts(LoadedPacts pacts, int matchCacheSize) {
        this.pacts = pacts;
        this.matcher = new RequestMatcher(pacts, matchCacheSize);
        this.responses = new ResponseRenderer(pacts.interactions());
        this.knownStates = Set.copyOf(pacts.knownStates());
    }

    public LoadedPacts pacts() {
        return pacts;
    }

    public RequestMatcher matcher() {
        return matcher;
    }

    ResponseRenderer responses() {
        return responses;
    }

    public Set<String> knownStates() {
        return knownStates;
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
