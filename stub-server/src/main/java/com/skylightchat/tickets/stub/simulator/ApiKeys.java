package com.skylightchat.tickets.stub.simulator;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which {@code X-Api-Key} values the simulator accepts: the configured ones, less those a test has revoked (the
 * provider state "the API key … is not valid" does, so a wrong-key interaction gets its 401 even when that key was
 * configured). A reset forgets the revocations. Thread-safe.
 */
final class ApiKeys {

    private final Set<String> accepted;
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    ApiKeys(List<String> accepted) {
        this.accepted = Set.copyOf(accepted);
    }

    /** Throws the spec's 401 unless {@code key} is accepted. */
    void check(String key) {
        if (key == null || !accepted.contains(key) || !revoked.isEmpty() && revoked.contains(key)) {
            throw ApiProblem.of(401, ApiProblem.UNAUTHENTICATED);
        }
    }

    void revoke(String key) {
        revoked.add(key);
    }

    void clearRevocations() {
        revoked.clear();
    }
}
