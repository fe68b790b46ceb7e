package com.skylightchat.tickets.spec.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code $ref} must point into this document ({@code #/…}; the spec is one file by design), at a node that
 * exists, in the components section that fits where the reference stands (a response reference at
 * {@code #/components/responses/…}, a schema one at {@code #/components/schemas/…}).
 */
public final class RefCheck implements SpecCheck {

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located holder : context.schemaRefs()) {
            check(context, holder, "#/components/schemas/", findings);
        }
        for (Located holder : context.refs()) {
            check(context, holder, expectedSection(holder.pointer()), findings);
        }
        return findings;
    }

    private static void check(LintContext context, Located holder, String section, List<Finding> findings) {
        String ref = holder.node().get("$ref").asText();
        String pointer = Pointers.child(holder.pointer(), "$ref");
        if (!ref.startsWith("#/")) {
            findings.add(context.finding("external-ref", pointer,
                    "$ref '" + ref + "' leaves the document; the spec is one self-contained file"));
        } else if (context.document().at(ref.substring(1)).isEmpty()) {
            findings.add(context.finding("dangling-ref", pointer, "$ref '" + ref + "' points at nothing"));
        } else if (section != null && !ref.startsWith(section)) {
            findings.add(context.finding("ref-kind", pointer,
                    "$ref '" + ref + "' stands where a reference into '" + section + "' is expected"));
        }
    }

    /** The components section a non-schema reference must use, judged by the key it stands under. */
    static String expectedSection(String pointer) {
        String key = Pointers.last(pointer);
        String container = Pointers.last(Pointers.parent(pointer));
        if (key.equals("requestBody") || container.equals("requestBodies")) {
            return "#/components/requestBodies/";
        }
        return switch (container) {
            case "parameters" -> "#/components/parameters/";
            case "responses" -> "#/components/responses/";
            case "examples" -> "#/components/examples/";
            case "headers" -> "#/components/headers/";
            default -> null;
        };
    }
}
