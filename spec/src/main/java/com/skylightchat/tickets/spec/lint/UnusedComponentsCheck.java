package com.skylightchat.tickets.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * No unused component: every entry under {@code components} must be reachable from the paths, following
 * {@code $ref}s transitively (a schema used only by an unused schema is unused too). Security schemes count as used
 * when a security requirement names them. An unused component is dead contract text that generators still turn
 * into classes.
 */
public final class UnusedComponentsCheck implements SpecCheck {

    @Override
    public List<Finding> check(LintContext context) {
        List<Located> allRefs = Stream.concat(context.refs().stream(), context.schemaRefs().stream()).toList();
        Set<String> used = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        for (Located ref : allRefs) {
            if (!ref.pointer().startsWith("/components/")) {
                pending.add(target(ref));
            }
        }
        while (!pending.isEmpty()) {
            String component = componentOf(pending.pop());
            if (component == null || !used.add(component)) {
                continue;
            }
            for (Located ref : allRefs) {
                if (ref.pointer().startsWith(component + "/") || ref.pointer().equals(component)) {
                    pending.add(target(ref));
                }
            }
        }
        securitySchemeUses(context.document().root(), used);
        List<Finding> findings = new ArrayList<>();
        context.document().root().path("components").properties().forEach(section ->
                section.getValue().fieldNames().forEachRemaining(name -> {
                    String pointer = Pointers.of("components", section.getKey(), name);
                    if (!used.contains(pointer)) {
                        findings.add(context.finding("unused-component", pointer,
                                "component '" + section.getKey() + "/" + name + "' is never referenced"));
                    }
                }));
        return findings;
    }

    private static String target(Located ref) {
        String value = ref.node().get("$ref").asText();
        return value.startsWith("#") ? value.substring(1) : "";
    }

    /** {@code /components/schemas/Ticket/properties/id} → {@code /components/schemas/Ticket}. */
    private static String componentOf(String pointer) {
        String[] parts = pointer.split("/", -1);
        return parts.length >= 4 && parts[1].equals("components") ? String.join("/", parts[0], parts[1], parts[2], parts[3]) : null;
    }

    private static void securitySchemeUses(JsonNode root, Set<String> used) {
        List<JsonNode> requirements = new ArrayList<>();
        root.path("security").forEach(requirements::add);
        root.path("paths").forEach(path -> path.forEach(operation -> operation.path("security").forEach(requirements::add)));
        for (JsonNode requirement : requirements) {
            requirement.fieldNames().forEachRemaining(name -> used.add(Pointers.of("components", "securitySchemes", name)));
        }
    }
}
