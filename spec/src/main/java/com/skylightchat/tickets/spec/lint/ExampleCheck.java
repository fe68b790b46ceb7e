package com.skylightchat.tickets.spec.lint;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every example — of a media type, a parameter, a header ({@code example} and each {@code examples/*}) and of a
 * schema or property — and every schema {@code default} must be valid against its schema.
 *
 * <p>The judge is swagger-request-validator's {@link SchemaValidator}, the validator the contract tests apply to
 * recorded pacts, so an example passes here exactly when the same body would pass there (including OpenAPI's
 * {@code nullable} and the rejection of undeclared properties). A finding points at the offending value inside the
 * example when the validator names it.
 */
public final class ExampleCheck implements SpecCheck {

    private static final Pattern INSTANCE_PATH = Pattern.compile("\\[Path '([^']*)'\\]\\s*");
    private static final Pattern UNDECLARED = Pattern.compile("not allowed by the schema: \\[\"([^\"]+)\"");

    @Override
    public List<Finding> check(LintContext context) {
        OpenAPI openApi = context.parsed().getOpenAPI();
        if (openApi == null) {
            return List.of(); // ParserMessagesCheck already says why
        }
        SchemaValidator validator = new SchemaValidator(openApi, new MessageResolver());
        List<Finding> findings = new ArrayList<>();
        for (Located holder : context.exampleHolders()) {
            JsonNode schema = holder.node().get("schema");
            if (holder.node().has("example")) {
                validate(context, validator, schema, Pointers.child(holder.pointer(), "example"),
                        holder.node().get("example"), "example-invalid", findings);
            }
            holder.node().path("examples").properties().forEach(named -> {
                Located entry = new Located(
                        Pointers.child(Pointers.child(holder.pointer(), "examples"), named.getKey()), named.getValue());
                Optional<Located> example = context.deref(entry); // a dangling one is RefCheck's finding
                example.filter(e -> e.node().has("value")).ifPresent(e -> validate(context, validator, schema,
                        Pointers.child(e.pointer(), "value"), e.node().get("value"), "example-invalid", findings));
            });
        }
        for (Located schema : context.schemas()) {
            if (schema.node().has("example")) {
                validate(context, validator, schema.node(), Pointers.child(schema.pointer(), "example"),
                        schema.node().get("example"), "example-invalid", findings);
            }
            if (schema.node().has("default")) {
                validate(context, validator, schema.node(), Pointers.child(schema.pointer(), "default"),
                        schema.node().get("default"), "default-invalid", findings);
            }
        }
        return findings;
    }

    private static void validate(LintContext context, SchemaValidator validator, JsonNode schemaNode, String pointer,
                                 JsonNode value, String rule, List<Finding> findings) {
        ValidationReport report;
        try {
            Schema<?> schema = Json.mapper().convertValue(schemaNode, Schema.class);
            report = validator.validate(() -> value, schema, null);
        } catch (RuntimeException e) {
            // A schema too broken to convert is reported by the structural checks; say it here too, located.
            findings.add(context.finding(rule, pointer, "cannot be checked against its schema: " + e.getMessage()));
            return;
        }
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            Matcher path = INSTANCE_PATH.matcher(message.getMessage());
            String at = path.find() ? pointer + path.group(1) : pointer;
            Matcher undeclared = UNDECLARED.matcher(message.getMessage());
            if (undeclared.find() && context.document().at(Pointers.child(at, undeclared.group(1))).isPresent()) {
                at = Pointers.child(at, undeclared.group(1)); // the stray key's own line, not its object's
            }
            // Schema errors ("Invalid JSON Schema", an unresolvable $ref) come with a multi-line dump; the first
            // line is enough here because the structural checks report the schema problem at its own line.
            String text = INSTANCE_PATH.matcher(message.getMessage()).replaceFirst("").lines().findFirst().orElse("");
            findings.add(context.finding(rule, at, "value does not match its schema: " + text));
        }
    }
}
