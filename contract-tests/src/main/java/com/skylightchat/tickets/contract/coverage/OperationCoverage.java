package com.skylightchat.tickets.contract.coverage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one spec operation is covered: for each documented status, the interactions (as
 * {@code pact-file › description}) that answer with it; an empty list means the status is not covered.
 */
public record OperationCoverage(SpecOperation operation, Map<String, List<String>> interactionsByStatus) {

    public OperationCoverage {
        interactionsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(interactionsByStatus));
    }

    public boolean isCovered() {
        return interactionsByStatus.values().stream().anyMatch(list -> !list.isEmpty());
    }

    public List<String> uncoveredStatuses() {
        return interactionsByStatus.entrySet().stream()
                .filter(entry -> entry.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
    }

    public long coveredStatusCount() {
        return interactionsByStatus.values().stream().filter(list -> !list.isEmpty()).count();
    }
}
