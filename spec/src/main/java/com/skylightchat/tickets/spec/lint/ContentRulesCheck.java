package com.skylightchat.tickets.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * House rules for bodies: every response and every request body has an example for each media type (stubs and
 * docs are built from them), and every 4xx response has a JSON body whose schema is an error object with a
 * {@code message}. A referenced response is reported once, where it is defined, because that is where it is fixed.
 */
public final class ContentRulesCheck implements SpecCheck {

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Located operation : Operations.of(context.document())) {
            operation.node().path("responses").properties().forEach(response -> {
                Located at = new Located(Pointers.child(Pointers.child(operation.pointer(), "responses"), response.getKey()),
                        response.getValue());
                context.deref(at).ifPresent(resolved -> response(context, response.getKey(), resolved, findings));
            });
            JsonNode body = operation.node().path("requestBody");
            if (!body.isMissingNode()) {
                context.deref(new Located(Pointers.child(operation.pointer(), "requestBody"), body))
                        .ifPresent(resolved -> examples(context, resolved, "request-example", findings));
            }
        }
        return findings.stream().distinct().toList();
    }

    private static void response(LintContext context, String status, Located response, List<Finding> findings) {
        examples(context, response, "response-example", findings);
        if (status.startsWith("4") && !hasErrorSchema(context, response)) {
            findings.add(context.finding("error-schema", response.pointer(),
                    status + " response has no JSON body whose schema is an object with a 'message'"));
        }
    }

    private static void examples(LintContext context, Located owner, String rule, List<Finding> findings) {
        owner.node().path("content").properties().forEach(media -> {
            JsonNode node = media.getValue();
            boolean exemplified = node.has("example") || node.path("examples").size() > 0;
            if (!exemplified) {
                findings.add(context.finding(rule, Pointers.child(Pointers.child(owner.pointer(), "content"), media.getKey()),
                        "media type '" + media.getKey() + "' has no example"));
            }
        });
    }

    private static boolean hasErrorSchema(LintContext context, Located response) {
        for (Map.Entry<String, JsonNode> media : response.node().path("content").properties()) {
            if (!isJson(media.getKey()) || !media.getValue().path("schema").isObject()) {
                continue;
            }
            Optional<Located> schema = context.deref(new Located("", media.getValue().get("schema")));
            if (schema.isPresent() && schema.get().node().path("properties").has("message")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJson(String mediaType) {
        String type = mediaType.split(";")[0].trim().toLowerCase();
        return type.equals("application/json") || type.endsWith("+json");
    }
}
