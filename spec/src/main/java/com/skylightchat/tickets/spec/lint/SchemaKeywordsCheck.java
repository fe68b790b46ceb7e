package com.skylightchat.tickets.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What swagger-parser lets through in a schema: a {@code type} that OpenAPI 3.0 does not define
 * ({@code type: integr}), a {@code format} nobody defines or that does not fit the type ({@code int32} on a string),
 * and a {@code required} entry that names no declared property (a typo that makes every instance invalid).
 */
public final class SchemaKeywordsCheck implements SpecCheck {

    static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "array", "object");

    /** OpenAPI 3.0's own formats plus the JSON Schema ones that generators and validators understand. */
    static final Map<String, Set<String>> FORMATS_BY_TYPE = Map.of(
            "integer", Set.of("int32", "int64"),
            "number", Set.of("float", "double"),
            "string", Set.of("byte", "binary", "date", "date-time", "password", "email", "uuid", "uri",
                    "uri-reference", "hostname", "ipv4", "ipv6"));

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located schema : context.schemas()) {
            JsonNode node = schema.node();
            if (!node.isObject()) {
                continue;
            }
            String type = node.path("type").asText(null);
            if (node.has("type") && (type == null || !TYPES.contains(type))) {
                findings.add(context.finding("unknown-type", Pointers.child(schema.pointer(), "type"),
                        "type '" + node.get("type").asText() + "' is not an OpenAPI 3.0 type; use one of " + TYPES));
            }
            if (node.has("format")) {
                format(context, schema, type, node.get("format").asText(), findings);
            }
            required(context, schema, findings);
        }
        return findings;
    }

    private static void format(LintContext context, Located schema, String type, String format, List<Finding> findings) {
        String pointer = Pointers.child(schema.pointer(), "format");
        boolean known = FORMATS_BY_TYPE.values().stream().anyMatch(formats -> formats.contains(format));
        if (!known) {
            findings.add(context.finding("unknown-format", pointer, "format '" + format + "' is not a known format"));
        } else if (type != null && FORMATS_BY_TYPE.containsKey(type) && !FORMATS_BY_TYPE.get(type).contains(format)) {
            findings.add(context.finding("format-type-mismatch", pointer,
                    "format '" + format + "' does not apply to type '" + type + "'"));
        } else if (type != null && TYPES.contains(type) && !FORMATS_BY_TYPE.containsKey(type)) {
            findings.add(context.finding("format-type-mismatch", pointer,
                    "type '" + type + "' takes no format, but has '" + format + "'"));
        }
    }

    private static void required(LintContext context, Located schema, List<Finding> findings) {
        JsonNode node = schema.node();
        // With allOf the properties may come from another part; only a plain object schema can be judged here.
        if (!node.path("required").isArray() || !node.has("properties") || node.has("allOf")) {
            return;
        }
        JsonNode required = node.get("required");
        for (int i = 0; i < required.size(); i++) {
            String name = required.get(i).asText();
            if (!node.get("properties").has(name)) {
                findings.add(context.finding("required-undeclared",
                        Pointers.child(Pointers.child(schema.pointer(), "required"), i),
                        "required property '" + name + "' is not declared in properties"));
            }
        }
    }
}
