package com.skylightchat.tickets.spec.diff;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * Decides whether the spec may be released after the baseline (the last released spec), with two judges:
 * openapi-diff for HTTP clients and japicmp, on the clients generated from both documents, for Java callers.
 *
 * <p>A change is breaking when either judge says so. A breaking change passes only when {@code info.version}'s major
 * number is above the baseline's — semantic versioning's promise to the teams that depend on the API and the
 * client. Thread-safe; the generated clients are cached in {@link ClientGeneration#cacheDirectory()}.
 */
public final class BreakingChangeGate {

    private final JavaApiCompatibility javaApi;

    public BreakingChangeGate(ClientGeneration generation) {
        this.javaApi = new JavaApiCompatibility(generation);
    }

    /** Compares {@code current} with {@code baseline}. */
    public GateResult evaluate(TicketsApiSpec baseline, TicketsApiSpec current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(baseline.yaml(), current.yaml());
        // The versions come from the documents openapi-diff has parsed already (each parse takes a while).
        String baselineVersion = diff.getOldSpecOpenApi().getInfo().getVersion();
        String currentVersion = diff.getNewSpecOpenApi().getInfo().getVersion();
        List<Change> http = new ArrayList<>(serverChanges(diff));
        http.addAll(HttpChanges.of(diff));
        List<Judgement> judgements = List.of(
                new Judgement(Audience.HTTP_CLIENTS, http, HttpChanges.markdown(diff)),
                javaApi.judge(baseline, current));
        return new GateResult(baselineVersion, currentVersion, verdict(judgements, baselineVersion, currentVersion), judgements);
    }

    /**
     * A changed server URL moves every path (the base path {@code /api/v1} is part of it): breaking for every HTTP
     * caller. openapi-diff does not compare servers, and the generated client keeps the URL out of its API.
     */
    private static List<Change> serverChanges(ChangedOpenApi diff) {
        List<String> before = urls(diff.getOldSpecOpenApi());
        List<String> after = urls(diff.getNewSpecOpenApi());
        return before.equals(after) ? List.of()
                : List.of(new Change("servers", "server URL changed from " + before + " to " + after
                        + ": every request goes to another place", true));
    }

    private static List<String> urls(OpenAPI api) {
        return api.getServers() == null ? List.of() : api.getServers().stream().map(Server::getUrl).toList();
    }

    private static Verdict verdict(List<Judgement> judgements, String baselineVersion, String currentVersion) {
        if (judgements.stream().anyMatch(Judgement::isBreaking)) {
            return major(currentVersion) > major(baselineVersion) ? Verdict.BREAKING_WITH_MAJOR_BUMP : Verdict.BREAKING;
        }
        return judgements.stream().allMatch(judgement -> judgement.changes().isEmpty()) ? Verdict.UNCHANGED : Verdict.COMPATIBLE;
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
