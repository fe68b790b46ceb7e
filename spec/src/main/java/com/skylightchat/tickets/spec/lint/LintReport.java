package com.skylightchat.tickets.spec.lint;

import java.util.List;
import java.util.stream.Collectors;

/** The findings of one lint run, ordered by line. Immutable. */
public record LintReport(List<Finding> findings) {

    public LintReport {
        findings = List.copyOf(findings);
    }

    /** True when nothing was found. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** One finding per line, in {@code file:line: [rule] message} form. */
    public String format() {
        return findings.stream().map(Finding::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
