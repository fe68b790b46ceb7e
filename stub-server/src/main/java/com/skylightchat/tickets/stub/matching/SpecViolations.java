package com.skylightchat.tickets.stub.matching;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.skylightchat.tickets.spec.TicketsApiSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks an unmatched request against the OpenAPI spec (swagger-request-validator), so a 404 can also say
 * "and this request is not even valid for the API". Only used when spec validation is on, only on the 404 path.
 * Thread-safe (the validator is).
 */
public final class SpecViolations {

    private final OpenApiInteractionValidator validator;

    private SpecViolations(String yaml) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml).build();
    }

    /**
     * @param file the spec file, or {@code null} for the one bundled by the tickets-spec module
     * @throws IllegalArgumentException when the spec cannot be read or parsed
     */
    public static SpecViolations load(Path file) {
        TicketsApiSpec spec;
        try {
            spec = file == null ? TicketsApiSpec.bundled() : TicketsApiSpec.fromFile(file);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException((file == null ? "the bundled spec" : file.toString())
                    + ": the spec cannot be read: " + e.getMessage(), e);
        }
        try {
            return new SpecViolations(spec.yaml());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(spec.location() + ": not a valid OpenAPI spec: " + e.getMessage(), e);
        }
    }

    /** Every error-level violation of the spec by this request, one sentence each; empty when valid. */
    public List<String> check(IncomingRequest request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method(request.method()), request.path());
        request.headers().forEach(builder::withHeader);
        request.query().forEach(builder::withQueryParam);
        if (request.body().length > 0) {
            builder.withBody(new String(request.body(), StandardCharsets.UTF_8));
        }
        ValidationReport report = validator.validateRequest(builder.build());
        List<String> violations = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                violations.add(message.getKey() + ": " + message.getMessage());
            }
        }
        return violations;
    }

    private static Request.Method method(String name) {
        try {
            return Request.Method.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Request.Method.GET;
        }
    }
}
