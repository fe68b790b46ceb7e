package com.skylightchat.tickets.spec.diff;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.JApiClass;
import java.util.List;

/**
 * The Java judge: generates the client from the baseline and from the spec (the client module's generator and
 * options), compiles both, and lets japicmp compare the two jars. A change is breaking when japicmp calls it
 * binary or source incompatible — e.g. a removed request field takes its builder method away, a renamed enum value
 * its constant, a narrowed type changes a signature. Thread-safe as far as the cache directory allows.
 */
final class JavaApiCompatibility {

    private final GeneratedClients clients;

    JavaApiCompatibility(ClientGeneration generation) {
        this.clients = new GeneratedClients(generation);
    }

    Judgement judge(TicketsApiSpec baseline, TicketsApiSpec current) {
        if (baseline.yaml().equals(current.yaml())) {
            return Judgement.unchanged(Audience.JAVA_CALLERS);
        }
        GeneratedClients.ClientJar before = clients.jarFor(baseline);
        GeneratedClients.ClientJar after = clients.jarFor(current);
        if (before.sourcesHash().equals(after.sourcesHash())) {
            return Judgement.unchanged(Audience.JAVA_CALLERS);
        }
        JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
        // Jackson & co. are not needed to compare the client's own classes; without them japicmp would give up.
        options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
        // japicmp wants a version per archive; it only labels them, the gate reads the spec versions itself
        List<JApiClass> classes = new JarArchiveComparator(options).compare(
                new JApiCmpArchive(before.jar().toFile(), "1.0.0"), new JApiCmpArchive(after.jar().toFile(), "2.0.0"));
        return new Judgement(Audience.JAVA_CALLERS, JavaApiChanges.of(classes), "");
    }
}
