package com.skylightchat.tickets.spec.diff;

/** What the gate concluded about the spec compared with the released baseline. */
public enum Verdict {
    /** No change to the contract; at most wording (summaries, descriptions) changed. */
    UNCHANGED(true),
    /** Changes that existing clients survive. */
    COMPATIBLE(true),
    /** Breaking, and announced as such by a higher major version. */
    BREAKING_WITH_MAJOR_BUMP(true),
    /** Breaking without a major version bump: the build fails. */
    BREAKING(false);

    private final boolean passes;

    Verdict(boolean passes) {
        this.passes = passes;
    }

    /** Whether the build may go on. */
    public boolean passes() {
        return passes;
    }
}
