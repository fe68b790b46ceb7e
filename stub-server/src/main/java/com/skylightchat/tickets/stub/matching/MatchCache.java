package com.skylightchat.tickets.stub.matching;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded cache of match decisions. When full it is cleared rather than evicting one by one: decisions are cheap
 * to recompute (~20 µs) and clearing keeps the hot path lock-free and the memory bounded (by the capacity, plus at
 * most one entry per thread writing at the same moment). Misses (no match, a malformed body) are kept apart, with a
 * capacity of their own: a flood of requests nobody recorded — a scanner, a client with changing ids on a wrong
 * path — then clears only other misses, never the decisions that answer. Keys with bodies over {@link #MAX_BODY}
 * bytes are not cached. Thread-safe.
 */
final class MatchCache {

    static final int MAX_BODY = 16 * 1024;

    private final Bounded matches;
    private final Bounded misses;

    /** @param capacity the most matches kept, and the most misses */
    MatchCache(int capacity) {
        this.matches = new Bounded(capacity);
        this.misses = new Bounded(capacity);
    }

    /** The remembered decision, or {@code null}. */
    MatchOutcome find(MatchKey key) {
        MatchOutcome found = matches.entries.get(key);
        return found != null ? found : misses.entries.get(key);
    }

    void remember(MatchKey key, MatchOutcome outcome) {
        if (key.bodyLength() <= MAX_BODY) {
            (outcome instanceof MatchOutcome.Matched ? matches : misses).put(key, outcome);
        }
    }

    int size() {
        return matches.entries.size() + misses.entries.size();
    }

    private record Bounded(int capacity, ConcurrentHashMap<MatchKey, MatchOutcome> entries) {

        Bounded(int capacity) {
            this(capacity, new ConcurrentHashMap<>());
        }

        void put(MatchKey key, MatchOutcome outcome) {
            if (capacity > 0) {
                if (entries.size() >= capacity) {
                    entries.clear();
                }
                entries.put(key, outcome);
            }
        }
    }
}
