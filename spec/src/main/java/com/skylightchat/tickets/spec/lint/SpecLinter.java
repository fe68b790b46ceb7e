package com.skylightchat.tickets.spec.lint;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks an OpenAPI 3.0 YAML document and lists every problem with its file and line.
 *
 * <p>The default rule set is the house standard of this repository: swagger-parser reads it with no message, the
 * schemas use only real types, formats and references, every example fits its schema, and every operation and body
 * follows the house rules (see {@link OperationRulesCheck}, {@link ContentRulesCheck},
 * {@link UnusedComponentsCheck}). Thread-safe; a linter holds no state between calls.
 */
public final class SpecLinter {

    private final List<SpecCheck> checks;

    /** A linter with the given checks, e.g. a subset for a third-party document. */
    public SpecLinter(List<SpecCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** A linter with every house check. */
    public static SpecLinter standard() {
        return new SpecLinter(List.of(new ParserMessagesCheck(), new SchemaKeywordsCheck(), new RefCheck(),
                new ExampleCheck(), new OperationRulesCheck(), new ContentRulesCheck(), new UnusedComponentsCheck()));
    }

    /** Lints a file; findings name it as given. */
    public LintReport lint(Path file) {
        return lint(TicketsApiSpec.fromFile(file));
    }

    /** Lints a loaded document. */
    public LintReport lint(TicketsApiSpec spec) {
        return lint(spec.location(), spec.yaml());
    }

    /** Lints {@code yaml}; {@code file} only names it in findings. */
    public LintReport lint(String file, String yaml) {
        YamlDocument document;
        try {
            document = YamlDocument.parse(file, yaml);
        } catch (YamlSyntaxException e) {
            return new LintReport(List.of(e.finding()));
        }
        LintContext context = new LintContext(document, TicketsApiSpec.fromString(file, yaml).parse());
        List<Finding> findings = new ArrayList<>();
        for (SpecCheck check : checks) {
            findings.addAll(check.check(context));
        }
        findings.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
        return new LintReport(findings);
    }
}
