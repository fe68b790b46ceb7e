package com.skylightchat.tickets.stub.loader;

import com.skylightchat.tickets.contract.pact.HttpInteraction;
import com.skylightchat.tickets.contract.pact.PactDocument;
import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.contract.pact.PactReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads pact sources into one {@link LoadedPacts}: the given files and directories (a directory contributes its
 * {@code *.json} files in name order), or, when none are given, the pacts embedded in the jar at build time
 * ({@link PactSources} adds a Pact Broker). The documents are read by the contract module's {@link PactReader}, the
 * same reader the pact validation uses. Fails as a whole on the first broken source, so a partial set is never
 * served. Stateless, thread-safe.
 */
public final class PactLoader {

    private PactLoader() {
    }

    /**
     * @param locations files or directories; empty means the embedded pacts
     * @throws PactLoadException naming the file, the interaction where one is at fault, and the problem
     */
    public static LoadedPacts load(List<Path> locations) {
        return PactSources.of(locations, null).get();
    }

    /** The documents' HTTP interactions in document order, numbered across documents. */
    static LoadedPacts of(List<PactDocument> documents) {
        List<StubInteraction> interactions = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (PactDocument document : documents) {
            for (HttpInteraction interaction : document.interactions()) {
                interactions.add(InteractionAdapter.adapt(interactions.size(), document.source(), interaction));
            }
            document.skipped().forEach(description -> skipped.add(document.source() + ": " + description));
            sources.add(document.source());
        }
        return new LoadedPacts(interactions, sources, skipped);
    }
}
