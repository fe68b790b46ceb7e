package com.skylightchat.tickets.spec.diff;

import java.util.List;

/**
 * The outcome of one comparison: both versions, the verdict, and each judge's {@link Judgement} (HTTP clients by
 * openapi-diff, Java callers by japicmp). Immutable.
 */
public record GateResult(String baselineVersion, String currentVersion, Verdict verdict, List<Judgement> judgements) {

    public GateResult {
        judgements = List.copyOf(judgements);
    }

    /** Whether the change breaks anyone, whatever the version says. */
    public boolean breaking() {
        return verdict == Verdict.BREAKING || verdict == Verdict.BREAKING_WITH_MAJOR_BUMP;
    }

    /** Every breaking change, HTTP clients' first. */
    public List<Change> breakingChanges() {
        return judgements.stream().flatMap(judgement -> judgement.breaking().stream()).toList();
    }

    /** The verdict for one audience. */
    public Judgement judgement(Audience audience) {
        return judgements.stream().filter(judgement -> judgement.audience() == audience).findFirst().orElseThrow();
    }

    /** Whether the build may go on. */
    public boolean passes() {
        return verdict.passes();
    }

    /** The version that releases this change on purpose: the next major after the baseline's. */
    public String nextMajorVersion() {
        return (BreakingChangeGate.major(baselineVersion) + 1) + ".0.0";
    }
}
