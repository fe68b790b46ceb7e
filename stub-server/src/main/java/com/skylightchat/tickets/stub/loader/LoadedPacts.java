package com.skylightchat.tickets.stub.loader;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The result of loading a set of pact sources: every HTTP interaction in load order and the sources they came
 * from. Immutable; a reload builds a new instance and the server swaps it in atomically.
 *
 * @param interactions HTTP interactions in file order
 * @param sources      the pact files or resources, in load order
 * @param skipped      non-HTTP interactions (messages) that were skipped, by description
 */
public record LoadedPacts(List<StubInteraction> interactions, List<String> sources, List<String> skipped) {

    public LoadedPacts {
        interactions = List.copyOf(interactions);
        sources = List.copyOf(sources);
        skipped = List.copyOf(skipped);
    }

    /** Every provider state name any interaction was recorded for, sorted. */
    public Set<String> knownStates() {
        Set<String> names = new TreeSet<>();
        interactions.forEach(i -> i.providerStates().forEach(s -> names.add(String.valueOf(s.getName()))));
        return names;
    }
}
