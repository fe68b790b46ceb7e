package com.skylightchat.tickets.spec.lint;

/** Thrown by {@link SpecLintMain} when a document has findings; the message lists them, one per line. */
public final class SpecLintException extends RuntimeException {

    public SpecLintException(String message) {
        super(message);
    }
}
