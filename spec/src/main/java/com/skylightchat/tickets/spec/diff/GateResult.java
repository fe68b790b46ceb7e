package com.skylightchat.tickets.spec.diff;

import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;

/**
 * The outcome of one comparison: both versions, the verdict, openapi-diff's own result and the extra breaking
 * changes {@link ClientBreakingChecks} found. {@code diff} is kept for rendering the report.
 */
public record GateResult(String baselineVersion, String currentVersion, Verdict verdict, String openApiDiffResult,
                         List<String> extraBreakingChanges, ChangedOpenApi diff) {

    public GateResult {
        extraBreakingChanges = List.copyOf(extraBreakingChanges);
    }

    /** Whether the change breaks clients, whatever the version says. */
    public boolean breaking() {
        return verdict == Verdict.BREAKING || verdict == Verdict.BREAKING_WITH_MAJOR_BUMP;
    }

    /**
     * One line per breaking change: removed endpoints and operations openapi-diff calls incompatible, then the
     * extra findings.
     */
    public List<String> breakingChanges() {
        List<String> changes = new ArrayList<>();
        diff.getMissingEndpoints().forEach(e -> changes.add(e.getMethod() + " " + e.getPathUrl() + ": endpoint removed"));
        diff.getChangedOperations().stream().filter(ChangedOperation::isIncompatible)
                .forEach(op -> changes.addAll(IncompatibilityDescriber.describe(op)));
        changes.addAll(extraBreakingChanges);
        return changes;
    }

    /** Whether the build may go on. */
    public boolean passes() {
        return verdict.passes();
    }
}
