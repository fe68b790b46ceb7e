package com.skylightchat.tickets.spec.diff;

/** Thrown by {@link BreakingChangeGateMain} when the spec breaks clients without a major version bump. */
public final class BreakingChangeException extends RuntimeException {

    public BreakingChangeException(String message) {
        super(message);
    }
}
