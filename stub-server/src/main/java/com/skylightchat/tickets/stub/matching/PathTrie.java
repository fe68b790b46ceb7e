package com.skylightchat.tickets.stub.matching;

import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The interactions' paths as a tree of segments, so the interactions that resemble a request most — the longest
 * shared leading path — are found by walking the request's segments down, not by scoring every interaction: a miss
 * costs the same with 10,000 interactions as with 10. Each node keeps a small sample of the interactions below it
 * (the first ones in load order, per method and overall), which is all a near-miss search looks at. Immutable after
 * construction; thread-safe.
 */
final class PathTrie {

    /** Interactions kept per node and method: enough to find three near misses after skipping the candidates. */
    static final int SAMPLE = 16;

    private final Node root = new Node();

    PathTrie(List<StubInteraction> interactions) {
        for (StubInteraction interaction : interactions) {
            Node node = root;
            root.keep(interaction);
            for (String segment : segments(interaction.request().getPath())) {
                node = node.children.computeIfAbsent(segment, s -> new Node());
                node.keep(interaction);
            }
        }
    }

    /**
     * The sampled interactions below the deepest node the path reaches, then below each of its ancestors in turn,
     * same method first; each once, with how many leading segments it shares with the path.
     */
    List<Resembling> resembling(String method, String path) {
        List<Node> trail = new ArrayList<>();
        Node node = root;
        trail.add(node);
        for (String segment : segments(path)) {
            node = node.children.get(segment);
            if (node == null) {
                break;
            }
            trail.add(node);
        }
        List<Resembling> found = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int depth = trail.size() - 1; depth >= 0; depth--) {
            Node at = trail.get(depth);
            for (List<StubInteraction> sample : List.of(at.sample(method), at.any)) {
                for (StubInteraction interaction : sample) {
                    if (seen.add(interaction.order())) {
                        found.add(new Resembling(interaction, depth));
                    }
                }
            }
        }
        return found;
    }

    /** An interaction and how many leading path segments it shares with the request. */
    record Resembling(StubInteraction interaction, int sharedSegments) {
    }

    static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final Map<String, List<StubInteraction>> byMethod = new HashMap<>();
        final List<StubInteraction> any = new ArrayList<>();

        void keep(StubInteraction interaction) {
            if (any.size() < SAMPLE) {
                any.add(interaction);
            }
            List<StubInteraction> sample = byMethod.computeIfAbsent(
                    interaction.request().getMethod().toUpperCase(Locale.ROOT), m -> new ArrayList<>());
            if (sample.size() < SAMPLE) {
                sample.add(interaction);
            }
        }

        List<StubInteraction> sample(String method) {
            return byMethod.getOrDefault(method, List.of());
        }
    }
}
