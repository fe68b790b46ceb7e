package com.skylightchat.tickets.spec.lint;

import java.util.List;

/** One family of rules. Implementations are stateless; they report, they never throw for a bad document. */
public interface SpecCheck {

    /** Every problem this check sees in the document of {@code context}. */
    List<Finding> check(LintContext context);
}
