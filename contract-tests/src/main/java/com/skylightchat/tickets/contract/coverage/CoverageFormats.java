package com.skylightchat.tickets.contract.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link CoverageReport} for people (a build-log summary, Markdown) and for tools (JSON), and writes
 * the files {@code pact-coverage.md} and {@code pact-coverage.json}.
 */
public final class CoverageFormats {

    public static final String MARKDOWN_FILE = "pact-coverage.md";
    public static final String JSON_FILE = "pact-coverage.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CoverageFormats() {
    }

    /** A few lines for the build log: totals, one line per operation, then what is not covered. */
    public static String summary(CoverageReport report) {
        StringBuilder text = new StringBuilder(String.format("Pact coverage: %d/%d operations, %d/%d documented "
                        + "responses%n", report.coveredOperationCount(), report.operations().size(),
                report.coveredResponseCount(), report.documentedResponseCount()));
        for (OperationCoverage row : report.operations()) {
            StringBuilder cells = new StringBuilder();
            row.interactionsByStatus().forEach((status, interactions) -> cells.append(' ').append(status)
                    .append(interactions.isEmpty() ? " -  " : String.format(" ✔%-2d", interactions.size())));
            text.append(String.format("  %-16s %-5s %-22s%s%n", row.operation().operationId(),
                    row.operation().method(), row.operation().pathTemplate(), cells));
        }
        text.append("  uncovered operations: ").append(listOrNone(report.uncoveredOperations())).append('\n');
        text.append("  uncovered responses:  ").append(listOrNone(report.uncoveredResponses())).append('\n');
        if (!report.unmatchedInteractions().isEmpty()) {
            text.append("  interactions outside the spec: ").append(report.unmatchedInteractions()).append('\n');
        }
        return text.toString();
    }

    public static String markdown(CoverageReport report) {
        StringBuilder md = new StringBuilder("# Pact coverage of the spec\n\n");
        md.append(String.format("%d of %d operations and %d of %d documented responses are covered by recorded "
                        + "interactions.%n%n", report.coveredOperationCount(), report.operations().size(),
                report.coveredResponseCount(), report.documentedResponseCount()));
        md.append("| Operation | Method | Path | Status | Covered by |\n|---|---|---|---|---|\n");
        for (OperationCoverage row : report.operations()) {
            row.interactionsByStatus().forEach((status, interactions) -> md.append(String.format(
                    "| %s | %s | `%s` | %s | %s |%n", row.operation().operationId(), row.operation().method(),
                    row.operation().pathTemplate(), status,
                    interactions.isEmpty() ? "**not covered**" : String.join("<br>", interactions))));
        }
        md.append("\n## Not covered\n\n");
        md.append("- Operations: ").append(listOrNone(report.uncoveredOperations())).append('\n');
        md.append("- Responses: ").append(listOrNone(report.uncoveredResponses())).append('\n');
        md.append("- Interactions outside the spec: ").append(listOrNone(report.unmatchedInteractions()))
                .append('\n');
        return md.toString();
    }

    public static String json(CoverageReport report) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode totals = root.putObject("totals");
        totals.put("operations", report.operations().size());
        totals.put("coveredOperations", report.coveredOperationCount());
        totals.put("documentedResponses", report.documentedResponseCount());
        totals.put("coveredResponses", report.coveredResponseCount());
        ArrayNode operations = root.putArray("operations");
        for (OperationCoverage row : report.operations()) {
            ObjectNode operation = operations.addObject();
            operation.put("operationId", row.operation().operationId());
            operation.put("method", row.operation().method());
            operation.put("path", row.operation().pathTemplate());
            operation.put("covered", row.isCovered());
            ObjectNode responses = operation.putObject("responses");
            for (Map.Entry<String, List<String>> cell : row.interactionsByStatus().entrySet()) {
                cell.getValue().forEach(responses.putArray(cell.getKey())::add);
            }
        }
        report.uncoveredOperations().forEach(root.putArray("uncoveredOperations")::add);
        report.uncoveredResponses().forEach(root.putArray("uncoveredResponses")::add);
        report.unmatchedInteractions().forEach(root.putArray("interactionsOutsideSpec")::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes both files into {@code directory} (created if needed) and returns their paths, Markdown first. */
    public static List<Path> write(CoverageReport report, Path directory) {
        try {
            Files.createDirectories(directory);
            Path markdown = Files.writeString(directory.resolve(MARKDOWN_FILE), markdown(report));
            Path json = Files.writeString(directory.resolve(JSON_FILE), json(report));
            return List.of(markdown, json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the coverage report to " + directory, e);
        }
    }

    private static String listOrNone(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
