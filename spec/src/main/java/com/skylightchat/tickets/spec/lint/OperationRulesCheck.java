package com.skylightchat.tickets.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * House rules for each operation: a unique {@code operationId} (the generated method name), a {@code summary} and a
 * {@code description} (its Javadoc), at least one tag that the document declares (the generated API class), its own
 * {@code security} naming declared schemes (validators only enforce security declared on the operation), a 2xx
 * response and a {@code 401} response.
 */
public final class OperationRulesCheck implements SpecCheck {

    @Override
    public List<Finding> check(LintContext context) {
        JsonNode root = context.document().root();
        Set<String> declaredTags = new HashSet<>();
        root.path("tags").forEach(tag -> declaredTags.add(tag.path("name").asText()));
        Set<String> schemes = new HashSet<>();
        root.path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
        Map<String, String> operationIds = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Located operation : Operations.of(context.document())) {
            JsonNode node = operation.node();
            String at = operation.pointer();
            if (!Operations.hasText(node, "operationId")) {
                findings.add(context.finding("operation-id", at, "operation has no operationId"));
            } else {
                String previous = operationIds.putIfAbsent(node.get("operationId").asText(), at);
                if (previous != null) {
                    findings.add(context.finding("operation-id", Pointers.child(at, "operationId"),
                            "operationId '" + node.get("operationId").asText() + "' is also used at " + previous));
                }
            }
            for (String key : List.of("summary", "description")) {
                if (!Operations.hasText(node, key)) {
                    findings.add(context.finding(key, at, "operation has no " + key));
                }
            }
            tags(context, operation, declaredTags, findings);
            security(context, operation, schemes, findings);
            responses(context, operation, findings);
        }
        return findings;
    }

    private static void tags(LintContext context, Located operation, Set<String> declared, List<Finding> findings) {
        JsonNode tags = operation.node().path("tags");
        if (tags.isEmpty()) {
            findings.add(context.finding("tag", operation.pointer(), "operation has no tag"));
        }
        for (int i = 0; i < tags.size(); i++) {
            if (!declared.contains(tags.get(i).asText())) {
                findings.add(context.finding("tag", Pointers.child(Pointers.child(operation.pointer(), "tags"), i),
                        "tag '" + tags.get(i).asText() + "' is not declared in the top-level tags"));
            }
        }
    }

    private static void security(LintContext context, Located operation, Set<String> schemes, List<Finding> findings) {
        JsonNode security = operation.node().path("security");
        String at = Pointers.child(operation.pointer(), "security");
        if (security.isEmpty()) {
            findings.add(context.finding("security", operation.pointer(),
                    "operation declares no security of its own (a top-level default is not enforced by validators)"));
        }
        security.forEach(requirement -> requirement.fieldNames().forEachRemaining(name -> {
            if (!schemes.contains(name)) {
                findings.add(context.finding("security", at, "security scheme '" + name + "' is not declared"));
            }
        }));
    }

    private static void responses(LintContext context, Located operation, List<Finding> findings) {
        JsonNode responses = operation.node().path("responses");
        boolean success = false;
        for (var names = responses.fieldNames(); names.hasNext(); ) {
            success |= names.next().startsWith("2");
        }
        if (!success) {
            findings.add(context.finding("success-response", operation.pointer(), "operation has no 2xx response"));
        }
        if (!responses.has("401")) {
            findings.add(context.finding("unauthorized-response", operation.pointer(),
                    "operation has no 401 response for a missing or wrong API key"));
        }
    }
}
