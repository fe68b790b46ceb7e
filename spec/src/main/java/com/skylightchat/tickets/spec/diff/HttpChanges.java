package com.skylightchat.tickets.spec.diff;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Turns openapi-diff's result into {@link Change}s that name the operation and the part of it that changed
 * (parameter, request body, response, field), each marked breaking exactly when openapi-diff calls that part
 * incompatible. Wording-only differences (descriptions, summaries, examples) are not changes. Stateless.
 */
final class HttpChanges {

    private HttpChanges() {
    }

    static List<Change> of(ChangedOpenApi diff) {
        List<Change> changes = new ArrayList<>();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            changes.add(new Change(removed.getMethod() + " " + removed.getPathUrl(), "operation removed", true));
        }
        for (Endpoint added : diff.getNewEndpoints()) {
            String id = added.getOperation() == null ? null : added.getOperation().getOperationId();
            changes.add(new Change(added.getMethod() + " " + added.getPathUrl(),
                    "new operation" + (id == null ? "" : " '" + id + "'"), false));
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            if (real(Changed.result(operation))) {
                operation(operation, changes);
            }
        }
        return changes;
    }

    /** openapi-diff's own Markdown list of every difference, wording included, for the report's details. */
    static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8).strip();
    }

    /** More than wording: openapi-diff's METADATA covers descriptions, summaries and examples. */
    static boolean real(DiffResult result) {
        return result.getWeight() >= DiffResult.COMPATIBLE.getWeight();
    }

    private static void operation(ChangedOperation operation, List<Change> changes) {
        String endpoint = operation.getHttpMethod() + " " + operation.getPathUrl();
        int before = changes.size();
        parameters(endpoint, operation.getParameters(), changes);
        ChangedRequestBody body = operation.getRequestBody();
        if (body != null && body.isChangeRequired()) {
            changes.add(new Change(endpoint + " request body", body.getNewRequestBody() != null
                    && Boolean.TRUE.equals(body.getNewRequestBody().getRequired()) ? "now required" : "now optional",
                    body.isCoreChanged().isIncompatible()));
        }
        content(endpoint + " request body", body == null ? null : body.getContent(), changes);
        responses(endpoint, operation.getApiResponses(), changes);
        if (real(Changed.result(operation.getSecurityRequirements()))) {
            changes.add(new Change(endpoint, "security requirements changed",
                    operation.getSecurityRequirements().isIncompatible()));
        }
        if (changes.size() == before) {
            changes.add(new Change(endpoint, "changed", operation.isIncompatible()));
        }
    }

    private static void parameters(String endpoint, ChangedParameters parameters, List<Change> changes) {
        if (parameters == null) {
            return;
        }
        for (Parameter removed : parameters.getMissing()) {
            changes.add(new Change(endpoint + " " + name(removed.getName(), removed.getIn()), "removed", true));
        }
        for (Parameter added : parameters.getIncreased()) {
            boolean required = Boolean.TRUE.equals(added.getRequired());
            changes.add(new Change(endpoint + " " + name(added.getName(), added.getIn()),
                    required ? "new required parameter" : "new optional parameter", required));
        }
        for (ChangedParameter changed : parameters.getChanged()) {
            if (!real(changed.isChanged())) {
                continue;
            }
            String where = endpoint + " " + name(changed.getName(), changed.getIn());
            int before = changes.size();
            if (changed.isChangeRequired()) {
                changes.add(new Change(where, Boolean.TRUE.equals(changed.getNewParameter().getRequired())
                        ? "now required" : "now optional", changed.isCoreChanged().isIncompatible()));
            }
            SchemaChanges.walk(where, changed.getSchema(), changes);
            if (changes.size() == before) {
                changes.add(new Change(where, "changed", changed.isIncompatible()));
            }
        }
    }

    private static void responses(String endpoint, ChangedApiResponse responses, List<Change> changes) {
        if (responses == null) {
            return;
        }
        responses.getMissing().keySet().forEach(status ->
                changes.add(new Change(endpoint + " response " + status, "removed", true)));
        responses.getIncreased().keySet().forEach(status ->
                changes.add(new Change(endpoint + " response " + status, "new response", false)));
        responses.getChanged().forEach((status, response) -> {
            if (real(response.isChanged())) {
                content(endpoint + " response " + status, response.getContent(), changes);
            }
        });
    }

    private static void content(String where, ChangedContent content, List<Change> changes) {
        if (content == null || !real(content.isChanged())) {
            return;
        }
        content.getMissing().keySet().forEach(type -> changes.add(new Change(where, type + " no longer served", true)));
        content.getIncreased().keySet().forEach(type -> changes.add(new Change(where, type + " added", false)));
        for (ChangedMediaType mediaType : content.getChanged().values()) {
            int before = changes.size();
            SchemaChanges.walk(where, mediaType.getSchema(), changes);
            if (changes.size() == before && real(mediaType.isChanged())) {
                changes.add(new Change(where, "changed", mediaType.isIncompatible()));
            }
        }
    }

    private static String name(String parameter, String in) {
        return "parameter '" + parameter + "' (" + in + ")";
    }
}
