package com.skylightchat.tickets.contract.coverage;

import com.skylightchat.tickets.contract.pact.HttpInteraction;
import com.skylightchat.tickets.contract.pact.PactDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spec operations × documented response statuses, each with the interactions that cover it. Interactions that fit
 * no operation, or answer with a status the operation does not document, are listed apart (the spec validation
 * reports them as violations too). Immutable.
 */
public final class CoverageReport {

    private final List<OperationCoverage> operations;
    private final List<String> unmatchedInteractions;

    private CoverageReport(List<OperationCoverage> operations, List<String> unmatchedInteractions) {
        this.operations = List.copyOf(operations);
        this.unmatchedInteractions = List.copyOf(unmatchedInteractions);
    }

    public static CoverageReport of(SpecOperations spec, List<PactDocument> pacts) {
        Map<SpecOperation, Map<String, List<String>>> table = new LinkedHashMap<>();
        for (SpecOperation operation : spec.all()) {
            Map<String, List<String>> byStatus = new LinkedHashMap<>();
            operation.statuses().forEach(status -> byStatus.put(status, new ArrayList<>()));
            table.put(operation, byStatus);
        }
        List<String> unmatched = new ArrayList<>();
        for (PactDocument pact : pacts) {
            for (HttpInteraction interaction : pact.interactions()) {
                String name = fileName(pact) + " › " + interaction.description();
                Optional<SpecOperation> operation = spec.find(interaction.request().getMethod(),
                        interaction.request().getPath());
                List<String> cell = operation.map(table::get)
                        .map(byStatus -> byStatus.get(String.valueOf(interaction.response().getStatus())))
                        .orElse(null);
                if (cell == null) {
                    unmatched.add(name + " (" + interaction.request().getMethod() + " "
                            + interaction.request().getPath() + " -> " + interaction.response().getStatus() + ")");
                } else {
                    cell.add(name);
                }
            }
        }
        List<OperationCoverage> rows = new ArrayList<>();
        table.forEach((operation, byStatus) -> rows.add(new OperationCoverage(operation, byStatus)));
        return new CoverageReport(rows, unmatched);
    }

    private static String fileName(PactDocument pact) {
        String source = pact.source();
        return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    }

    public List<OperationCoverage> operations() {
        return operations;
    }

    /** Interactions that fit no operation or no documented status, as {@code file › description (exchange)}. */
    public List<String> unmatchedInteractions() {
        return unmatchedInteractions;
    }

    /** The operation ids that no interaction exercises; the build fails unless this is empty. */
    public List<String> uncoveredOperations() {
        return operations.stream().filter(row -> !row.isCovered())
                .map(row -> row.operation().operationId()).toList();
    }

    /** Every documented response no interaction produces, as {@code operationId status}. */
    public List<String> uncoveredResponses() {
        return operations.stream()
                .flatMap(row -> row.uncoveredStatuses().stream().map(s -> row.operation().operationId() + " " + s))
                .toList();
    }

    public long coveredOperationCount() {
        return operations.stream().filter(OperationCoverage::isCovered).count();
    }

    public long documentedResponseCount() {
        return operations.stream().mapToLong(row -> row.interactionsByStatus().size()).sum();
    }

    public long coveredResponseCount() {
        return operations.stream().mapToLong(OperationCoverage::coveredStatusCount).sum();
    }
}
