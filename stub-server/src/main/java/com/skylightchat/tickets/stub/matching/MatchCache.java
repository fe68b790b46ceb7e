package com.skylightchat.tickets.stub.matching;

import java.util.concurrent.ConcurrentHashMap;

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

    /** The remembered decision, or {@code null}. */
    MatchOutcome find(MatchKey key) {
        return entries.get(key);
    }

    void remember(MatchKey key, MatchOutcome outcome) {
        if (capacity > 0 && key.bodyLength() <= MAX_BODY) {
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(key, outcome);
        }
    }

    int size() {
        return entries.size();
    }
}
