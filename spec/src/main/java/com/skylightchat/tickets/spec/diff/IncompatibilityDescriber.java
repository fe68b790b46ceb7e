package com.skylightchat.tickets.spec.diff;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameters;

/**
 * Turns an operation that openapi-diff calls incompatible into short sentences that say which part broke
 * (parameter, request body, response, security), so a failing build names the cause without opening the report.
 */
final class IncompatibilityDescriber {

    private IncompatibilityDescriber() {
    }

    static List<String> describe(ChangedOperation operation) {
        String endpoint = operation.getHttpMethod() + " " + operation.getPathUrl() + ": ";
        List<String> causes = new ArrayList<>();
        parameters(operation.getParameters(), causes);
        if (Changed.result(operation.getRequestBody()).isIncompatible()) {
            causes.add("request body changed incompatibly");
        }
        responses(operation.getApiResponses(), causes);
        if (Changed.result(operation.getSecurityRequirements()).isIncompatible()) {
            causes.add("security requirements changed incompatibly");
        }
        if (causes.isEmpty()) {
            causes.add("incompatible change");
        }
        return causes.stream().map(cause -> endpoint + cause + " (openapi-diff)").toList();
    }

    private static void parameters(ChangedParameters parameters, List<String> causes) {
        if (parameters == null || !parameters.isIncompatible()) {
            return;
        }
        for (Parameter missing : parameters.getMissing()) {
            causes.add("parameter '" + missing.getName() + "' (" + missing.getIn() + ") removed");
        }
        for (Parameter added : parameters.getIncreased()) {
            if (Boolean.TRUE.equals(added.getRequired())) {
                causes.add("new required parameter '" + added.getName() + "' (" + added.getIn() + ")");
            }
        }
        parameters.getChanged().stream().filter(Changed::isIncompatible).forEach(changed ->
                causes.add("parameter '" + changed.getName() + "' (" + changed.getIn() + ") changed incompatibly"));
    }

    private static void responses(ChangedApiResponse responses, List<String> causes) {
        if (responses == null || !responses.isIncompatible()) {
            return;
        }
        responses.getMissing().keySet().forEach(status -> causes.add("response " + status + " removed"));
        responses.getChanged().forEach((status, changed) -> {
            if (changed.isIncompatible()) {
                causes.add("response " + status + " changed incompatibly");
            }
        });
    }
}
