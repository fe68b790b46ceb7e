package com.skylightchat.tickets.stub.matching;

import com.skylightchat.tickets.stub.loader.StubInteraction;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interactions that can possibly match a method and path (same method; equal path, or a path rule that
 * accepts it), in load order, and the lower-case names of the headers any of them constrains — exactly the
 * headers a match decision can depend on. Immutable.
 */
record Candidates(List<StubInteraction> interactions, List<String> headerNames) {

    static final Candidates NONE = new Candidates(List.of(), List.of("content-type"));

    static Candidates of(List<StubInteraction> interactions) {
        Set<String> names = new TreeSet<>();
        // Content-Type always counts: it decides how Pact JVM compares the body.
        names.add("content-type");
        interactions.forEach(i -> names.addAll(i.headerNames()));
        return new Candidates(List.copyOf(interactions), List.copyOf(names));
    }
}
