package com.skylightchat.tickets.spec.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.DiffContext;

/**
 * Breaking changes that openapi-diff 2.1.7 classifies as compatible but that break users of a regenerated client.
 *
 * <ul>
 *   <li><b>A response field disappears</b> even though it was optional: openapi-diff only objects when the removed
 *   property was {@code required}; the regenerated model loses the getter, so code that called it stops compiling
 *   (and a client that is not regenerated silently reads null).</li>
 *   <li><b>An enum loses a value in a response</b>: openapi-diff only objects to narrowing in requests; the
 *   regenerated enum loses the constant, so code that names it stops compiling.</li>
 * </ul>
 * Stateless; the walk over openapi-diff's result is guarded against the cycles recursive schemas create.
 */
public final class ClientBreakingChecks {

    /** One human-readable sentence per breaking change found, in document order. */
    public List<String> find(ChangedOpenApi diff) {
        List<String> problems = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ChangedOperation operation : diff.getChangedOperations()) {
            String endpoint = operation.getHttpMethod() + " " + operation.getPathUrl();
            walk(operation, endpoint, "", seen, problems);
        }
        return problems.stream().distinct().toList();
    }

    private void walk(Changed changed, String endpoint, String path, Set<Object> seen, List<String> problems) {
        if (changed == null || !seen.add(changed)) {
            return;
        }
        if (changed instanceof ChangedSchema schema) {
            schema(schema, endpoint, path, seen, problems);
        } else if (changed instanceof ComposedChanged composed) {
            for (Changed element : composed.getChangedElements()) {
                walk(element, endpoint, path, seen, problems);
            }
        }
    }

    private void schema(ChangedSchema schema, String endpoint, String path, Set<Object> seen, List<String> problems) {
        DiffContext context = schema.getContext();
        boolean response = context != null && context.isResponse();
        if (response) {
            for (String removed : schema.getMissingProperties().keySet()) {
                problems.add(endpoint + " response: field '" + join(path, removed) + "' was removed");
            }
        }
        if (response && schema.getEnumeration() != null && !schema.getEnumeration().getMissing().isEmpty()) {
            problems.add(endpoint + " response: " + (path.isEmpty() ? "enum" : "'" + path + "'")
                    + " lost value(s) " + schema.getEnumeration().getMissing());
        }
        for (Map.Entry<String, ChangedSchema> property : schema.getChangedProperties().entrySet()) {
            walk(property.getValue(), endpoint, join(path, property.getKey()), seen, problems);
        }
        walk(schema.getItems(), endpoint, path + "[]", seen, problems);
        walk(schema.getAddProp(), endpoint, path + "{}", seen, problems);
        walk(schema.getOneOfSchema(), endpoint, path, seen, problems);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
