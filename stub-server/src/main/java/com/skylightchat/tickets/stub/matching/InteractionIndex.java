package com.skylightchat.tickets.stub.matching;

import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the candidate interactions for a method and path without looking at the others: exact paths in a hash
 * map keyed by method and path; patterned paths (a path matching rule) in a per-method list, pre-filtered by their
 * regex. Lookups for paths that are not exact are memoised in a bounded map. Immutable after construction apart
 * from that memo; thread-safe.
 */
final class InteractionIndex {

    private static final int MEMO_LIMIT = 4096;

    private final Map<String, Candidates> exact = new HashMap<>();
    private final Map<String, List<StubInteraction>> patterned = new HashMap<>();
    private final Map<String, Candidates> memo = new ConcurrentHashMap<>();

    InteractionIndex(List<StubInteraction> interactions) {
        Map<String, List<StubInteraction>> byExactPath = new HashMap<>();
        for (StubInteraction i : interactions) {
            String method = i.request().getMethod().toUpperCase(java.util.Locale.ROOT);
            if (i.pathPattern() == null) {
                byExactPath.computeIfAbsent(key(method, i.request().getPath()), k -> new ArrayList<>()).add(i);
            } else {
                patterned.computeIfAbsent(method, k -> new ArrayList<>()).add(i);
            }
        }
        byExactPath.forEach((key, list) -> {
            String method = key.substring(0, key.indexOf(' '));
            String path = key.substring(key.indexOf(' ') + 1);
            List<StubInteraction> all = new ArrayList<>(list);
            all.addAll(patternedMatching(method, path));
            all.sort(Comparator.comparingInt(StubInteraction::order));
            exact.put(key, Candidates.of(all));
        });
    }

    Candidates candidates(String method, String path) {
        String key = key(method, path);
        Candidates found = exact.get(key);
        if (found != null) {
            return found;
        }
        found = memo.get(key);
        if (found == null) {
            List<StubInteraction> list = patternedMatching(method, path);
            found = list.isEmpty() ? Candidates.NONE : Candidates.of(list);
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            memo.put(key, found);
        }
        return found;
    }

    private List<StubInteraction> patternedMatching(String method, String path) {
        List<StubInteraction> list = new ArrayList<>();
        for (StubInteraction i : patterned.getOrDefault(method, List.of())) {
            if (i.pathPattern().matcher(path).matches()) {
                list.add(i);
            }
        }
        return list;
    }

    private static String key(String method, String path) {
        return method + ' ' + path;
    }
}
