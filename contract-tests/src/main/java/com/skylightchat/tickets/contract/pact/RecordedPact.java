package com.skylightchat.tickets.contract.pact;

import java.nio.file.Path;
import java.util.List;

/**
 * A pact file as read from disk: who agreed with whom, in which specification version, on which HTTP interactions.
 * Non-HTTP interactions (V4 messages) are not part of {@link #interactions()}; their count is kept so that a
 * report can say they were skipped.
 */
public record RecordedPact(Path file, String consumer, String provider, String specificationVersion,
                           List<RecordedInteraction> interactions, int skippedNonHttpInteractions) {

    public RecordedPact {
        interactions = List.copyOf(interactions);
    }

    /** The file name, which is how violations and reports name a pact. */
    public String fileName() {
        return file.getFileName().toString();
    }
}
