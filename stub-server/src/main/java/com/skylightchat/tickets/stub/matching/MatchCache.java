package com.skylightchat.tickets.stub.matching;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded cache of match decisions. When full it is cleared rather than evicting one by one: decisions are cheap
 * to recompute (~20 µs) and clearing keeps the hot path lock-free and the memory bound hard. Keys with bodies over
 * {@link #MAX_BODY} bytes are not cached. Thread-safe.
 */
final class MatchCache {

    static final int MAX_BODY = 16 * 1024;

    private final int capacity;
    private final ConcurrentHashMap<MatchKey, MatchOutcome> entries = new ConcurrentHashMap<>();

    MatchCache(int capacity) {
        this.capacity = capacity;
    }

    MatchOutcome get(MatchKey key, Function<MatchKey, MatchOutcome> compute) {
        MatchOutcome found = entries.get(key);
        if (found != null) {
            return found;
        }
        MatchOutcome outcome = compute.apply(key);
        if (capacity > 0 && key.bodyLength() <= MAX_BODY) {
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(key, outcome);
        }
        return outcome;
    }

    int size() {
        return entries.size();
    }
}
