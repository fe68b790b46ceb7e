package com.skylightchat.tickets.spec.validation;

import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Optional;

/**
 * Names the part of an exchange a swagger-request-validator message is about, as a JSON path into the exchange
 * ({@code request.query.per_page}, {@code response.body.data.replies[0].type}). The validator gives the location
 * (request or response), the parameter, and a JSON pointer into the body; the rest follows from its message key.
 */
final class ViolationPaths {

    private final String securityHeader;

    private ViolationPaths(String securityHeader) {
        this.securityHeader = securityHeader;
    }

    /** Learns the name of the spec's API-key header, so a missing key is named {@code request.header.<name>}. */
    static ViolationPaths of(OpenAPI api) {
        String header = api.getComponents() == null || api.getComponents().getSecuritySchemes() == null ? null
                : api.getComponents().getSecuritySchemes().values().stream()
                        .filter(s -> s.getType() == SecurityScheme.Type.APIKEY && s.getIn() == SecurityScheme.In.HEADER)
                        .map(SecurityScheme::getName).findFirst().orElse(null);
        return new ViolationPaths(header);
    }

    String where(ValidationReport.Message message) {
        String key = message.getKey();
        String side = key.startsWith("validation.response") ? "response" : "request";
        Optional<Parameter> parameter = message.getContext().flatMap(ValidationReport.MessageContext::getParameter);
        if (parameter.isPresent()) {
            return side + "." + parameter.get().getIn() + "." + parameter.get().getName();
        }
        if (key.contains(".body")) {
            return side + ".body" + message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                    .map(pointers -> jsonPath(pointers.getInstance())).orElse("");
        }
        if (key.startsWith("validation.response.status")) {
            return "response.status";
        }
        if (key.contains(".security") && securityHeader != null) {
            return "request.header." + securityHeader;
        }
        if (key.contains(".contentType")) {
            return side + ".header.Content-Type";
        }
        if (key.contains(".operation")) {
            return "request.method";
        }
        if (key.contains(".path")) {
            return "request.path";
        }
        return side;
    }

    /** {@code /data/replies/0/type} → {@code .data.replies[0].type} (RFC 6901 escapes undone). */
    static String jsonPath(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            path.append(name.chars().allMatch(Character::isDigit) && !name.isEmpty() ? "[" + name + "]" : "." + name);
        }
        return path.toString();
    }
}
