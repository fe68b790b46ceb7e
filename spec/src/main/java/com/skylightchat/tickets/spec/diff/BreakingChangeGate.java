package com.skylightchat.tickets.spec.diff;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * Decides whether the current spec may be released after the baseline (the last released spec).
 *
 * <p>A change is breaking when openapi-diff calls it incompatible or {@link ClientBreakingChecks} finds a change
 * that breaks a regenerated client. A breaking change passes only when {@code info.version}'s major number is
 * above the baseline's — semantic versioning's promise to the teams that depend on the client. Stateless.
 */
public final class BreakingChangeGate {

    private final ClientBreakingChecks extraChecks = new ClientBreakingChecks();

    /** Compares {@code current} with {@code baseline}. */
    public GateResult evaluate(TicketsApiSpec baseline, TicketsApiSpec current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(baseline.yaml(), current.yaml());
        // The versions come from the documents openapi-diff has parsed already (each parse takes a while).
        String baselineVersion = diff.getOldSpecOpenApi().getInfo().getVersion();
        String currentVersion = diff.getNewSpecOpenApi().getInfo().getVersion();
        DiffResult result = diff.isChanged();
        List<String> extra = extraChecks.find(diff);
        Verdict verdict;
        if (result.isIncompatible() || !extra.isEmpty()) {
            verdict = major(currentVersion) > major(baselineVersion) ? Verdict.BREAKING_WITH_MAJOR_BUMP : Verdict.BREAKING;
        } else if (result == DiffResult.NO_CHANGES || result == DiffResult.METADATA) {
            verdict = Verdict.UNCHANGED;
        } else {
            verdict = Verdict.COMPATIBLE;
        }
        return new GateResult(baselineVersion, currentVersion, verdict, result.name(), extra, diff);
    }

    /** The major number of a semantic version such as {@code 1.2.3}; anything else is a configuration error. */
    static int major(String version) {
        String head = version == null ? "" : version.trim().split("\\.", 2)[0];
        try {
            return Integer.parseInt(head);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("info.version '" + version + "' is not a semantic version (MAJOR.MINOR.PATCH)", e);
        }
    }
}
