package com.skylightchat.tickets.spec.diff;

/** What the gate concluded about the spec compared with the released baseline. */
public enum Verdict {
    /** No change to the contract; at most wording (summaries, descriptions, examples) changed. */
    UNCHANGED(true, "nothing a caller can notice changed."),
    /** Changes that existing callers survive. */
    COMPATIBLE(true, "existing callers keep working; release it as a minor (or patch) version."),
    /** Breaking, and announced as such by a higher major version. */
    BREAKING_WITH_MAJOR_BUMP(true, "breaking, and announced by the major version bump: callers must adapt when they upgrade."),
    /** Breaking without a major version bump: the build fails. */
    BREAKING(false, "breaking, and `info.version` does not announce it: the build fails.");

    private final boolean passes;
    private final String meaning;

    Verdict(boolean passes, String meaning) {
        this.passes = passes;
        this.meaning = meaning;
    }

    /** Whether the build may go on. */
    public boolean passes() {
        return passes;
    }

    /** One sentence for someone who has never seen the gate. */
    public String meaning() {
        return meaning;
    }
}
