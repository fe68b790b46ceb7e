package com.skylightchat.tickets.spec.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.skylightchat.tickets.spec.TicketsApiSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges requests, and requests with their responses, against one version of the spec with
 * swagger-request-validator: path and method (base path included, as the provider serves them), security header,
 * parameters, bodies, documented statuses and response schemas. Only error-level messages count. Each violation
 * is named by where it is ({@link ViolationPaths}). Thread-safe once built.
 */
public final class SpecValidator {

    private final OpenApiInteractionValidator validator;
    private final ViolationPaths paths;
    private final String basePath;

    private SpecValidator(OpenApiInteractionValidator validator, ViolationPaths paths, String basePath) {
        this.validator = validator;
        this.paths = paths;
        this.basePath = basePath;
    }

    /**
     * A validator for {@code spec}; request paths must start with its base path ({@link TicketsApiSpec#basePath()}).
     *
     * @throws IllegalArgumentException naming the document when it is not a usable OpenAPI document
     */
    public static SpecValidator of(TicketsApiSpec spec) {
        String basePath;
        try {
            basePath = spec.basePath(); // first: a YAML error is named with its line here, not by swagger-parser
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        try {
            return new SpecValidator(OpenApiInteractionValidator.createForInlineApiSpecification(spec.yaml()).build(),
                    ViolationPaths.of(spec.openApi()), basePath);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(spec.location() + ": not a usable OpenAPI document: " + e.getMessage(),
                    e);
        }
    }

    /** Every violation of the spec by this request alone; empty when it is valid. */
    public List<SpecViolation> checkRequest(ApiRequest request) {
        return violations(request, validator.validateRequest(toRequest(request)));
    }

    /** Every violation by the request and by the response to it; empty when both agree with the spec. */
    public List<SpecViolation> check(ApiRequest request, ApiResponse response) {
        return violations(request, validator.validate(toRequest(request), toResponse(response)));
    }

    /** The base path every request path starts with, e.g. {@code /api/v1}; empty for none. */
    public String basePath() {
        return basePath;
    }

    private List<SpecViolation> violations(ApiRequest request, ValidationReport report) {
        List<SpecViolation> violations = new ArrayList<>();
        // The validator also accepts a path without the base path; the provider does not.
        if (!basePath.isEmpty() && !request.path().equals(basePath) && !request.path().startsWith(basePath + "/")) {
            violations.add(new SpecViolation("request.path", "validation.request.path.basePath", "'"
                    + request.path() + "' does not start with the base path " + basePath + " of the spec's server"));
        }
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                violations.add(new SpecViolation(paths.where(message), message.getKey(), oneLine(message)));
            }
        }
        return violations;
    }

    private static Request toRequest(ApiRequest request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method(request.method()), request.path());
        request.query().forEach(builder::withQueryParam);
        request.headers().forEach(builder::withHeader);
        if (request.body() != null) {
            builder.withBody(request.body());
        }
        return builder.build();
    }

    private static Response toResponse(ApiResponse response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status());
        response.headers().forEach(builder::withHeader);
        if (response.body() != null) {
            builder.withBody(response.body());
        }
        return builder.build();
    }

    private static Request.Method method(String name) {
        try {
            return Request.Method.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // Only HTTP methods the validator knows reach the spec; any other is reported as a missing operation.
            return Request.Method.TRACE;
        }
    }

    private static String oneLine(ValidationReport.Message message) {
        // The violation's path names the place already: drop the validator's own "[Path '/data/0/status'] ".
        String withoutPointer = message.getMessage().replaceFirst("^\\[Path '[^']*'] ", "");
        // Nested messages (which branch of a schema failed) go into one line so a log stays readable.
        StringBuilder text = new StringBuilder(withoutPointer.replace('\n', ' '));
        message.getAdditionalInfo().forEach(info -> text.append(" (").append(info.replace('\n', ' ')).append(')'));
        return text.toString();
    }
}
