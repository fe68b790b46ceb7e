package com.skylightchat.tickets.spec.lint;

/** The text is not YAML at all (or has a duplicate key); the finding says where. */
public final class YamlSyntaxException extends RuntimeException {

    private final transient Finding finding;

    YamlSyntaxException(Finding finding) {
        super(finding.toString());
        this.finding = finding;
    }

    /** Where and why reading failed. */
    public Finding finding() {
        return finding;
    }
}
