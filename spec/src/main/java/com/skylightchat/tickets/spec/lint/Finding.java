package com.skylightchat.tickets.spec.lint;

import java.util.Objects;

/**
 * One problem in an OpenAPI document: which rule, where (file, 1-based line, JSON pointer) and what is wrong.
 * Line 0 means the problem has no single place (e.g. a swagger-parser message that names no node).
 */
public record Finding(String rule, String file, int line, String pointer, String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: [rule] message (at pointer)} — the form compilers use, so IDEs and terminals link it. */
    @Override
    public String toString() {
        String at = pointer.isEmpty() ? "" : " (at " + pointer + ")";
        return file + ":" + line + ": [" + rule + "] " + message + at;
    }
}
