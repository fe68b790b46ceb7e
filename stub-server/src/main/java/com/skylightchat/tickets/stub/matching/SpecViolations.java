package com.skylightchat.tickets.stub.matching;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** Classpath location of the spec bundled by the tickets-spec module. */
    public static final String BUNDLED = "com/skylightchat/tickets/spec/tickets-api.yaml";

    private final OpenApiInteractionValidator validator;
    private final String source;

    private SpecViolations(String yaml, String source) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml).build();
        this.source = source;
    }

    /**
     * @param file the spec file, or {@code null} for the bundled spec
     * @throws IllegalArgumentException when the spec cannot be read or parsed
     */
    public static SpecViolations load(Path file) {
        try {
            if (file == null) {
                try (InputStream in = SpecViolations.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                    if (in == null) {
                        throw new IllegalArgumentException("the bundled spec " + BUNDLED + " is not on the classpath");
                    }
                    return new SpecViolations(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            "classpath:" + BUNDLED);
                }
            }
            return new SpecViolations(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": the spec cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException(file + ": not a valid OpenAPI spec: " + e.getMessage(), e);
        }
    }

    public String source() {
        return source;
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
