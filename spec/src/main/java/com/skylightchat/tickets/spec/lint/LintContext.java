package com.skylightchat.tickets.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Optional;

/**
 * What every check may look at: the raw tree with lines, its nodes sorted by role, and swagger-parser's reading of
 * the same text. Built once per document by {@link SpecLinter}.
 */
public final class LintContext {

    private static final int MAX_REF_HOPS = 16;

    private final YamlDocument document;
    private final SwaggerParseResult parsed;
    private final SpecWalker walker;

    LintContext(YamlDocument document, SwaggerParseResult parsed) {
        this.document = document;
        this.parsed = parsed;
        this.walker = SpecWalker.walk(document.root());
    }

    public YamlDocument document() {
        return document;
    }

    /** swagger-parser's result for the same text ({@code $ref}s unresolved). */
    public SwaggerParseResult parsed() {
        return parsed;
    }

    /** Every schema node, nested ones included. */
    public List<Located> schemas() {
        return walker.schemas;
    }

    /** Media types, parameters and headers: objects with a {@code schema} next to their examples. */
    public List<Located> exampleHolders() {
        return walker.exampleHolders;
    }

    /** Every object outside schemas that holds a {@code $ref} (responses, parameters, examples, …). */
    public List<Located> refs() {
        return walker.refs;
    }

    /** Every schema that is a {@code $ref}. */
    public List<Located> schemaRefs() {
        return walker.schemaRefs;
    }

    /** Follows local {@code $ref}s from {@code at} to the node they name; empty when a reference dangles. */
    public Optional<Located> deref(Located at) {
        Located current = at;
        for (int hop = 0; hop < MAX_REF_HOPS; hop++) {
            JsonNode ref = current.node().path("$ref");
            if (!ref.isTextual()) {
                return Optional.of(current);
            }
            String target = ref.asText();
            if (!target.startsWith("#")) {
                return Optional.empty();
            }
            String pointer = target.substring(1);
            Optional<JsonNode> node = document.at(pointer);
            if (node.isEmpty()) {
                return Optional.empty();
            }
            current = new Located(pointer, node.get());
        }
        return Optional.empty();
    }

    /** A finding located at {@code pointer}. */
    public Finding finding(String rule, String pointer, String message) {
        return document.finding(rule, pointer, message);
    }
}
