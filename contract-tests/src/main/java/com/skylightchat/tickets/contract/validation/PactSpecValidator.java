package com.skylightchat.tickets.contract.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.skylightchat.tickets.contract.pact.RecordedInteraction;
import com.skylightchat.tickets.contract.pact.RecordedPact;
import com.skylightchat.tickets.contract.pact.RecordedRequest;
import com.skylightchat.tickets.contract.pact.RecordedResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Validates each HTTP interaction of a pact against the OpenAPI spec: the request (path, method, query, headers
 * including the security header, body) and the response (status documented for the operation, headers, body
 * schema). Paths in pacts are relative to the provider's base URL, so the spec's server path is not expected
 * in them. Only messages of level ERROR count as violations.
 *
 * <p>One deliberate exception: an interaction whose response is a documented {@code 400} or {@code 422} exists to
 * show how the API refuses bad input, so schema violations of its request <em>values</em> (query parameter or body
 * schema) are expected there and not reported. Path, method, security header and content type stay strict, and a
 * bad value answered with any other status is still a violation. Thread-safe once built.
 */
public final class PactSpecValidator {

    private static final Set<Integer> REFUSAL_STATUSES = Set.of(400, 422);
    private static final List<String> REQUEST_VALUE_RULES = List.of("validation.request.parameter.schema.",
            "validation.request.parameter.query.", "validation.request.body.schema.");

    private final OpenApiInteractionValidator validator;

    private PactSpecValidator(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** A validator for the OpenAPI document at {@code specFile} (YAML or JSON). */
    public static PactSpecValidator forSpec(Path specFile) {
        String spec;
        try {
            spec = Files.readString(specFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI spec " + specFile, e);
        }
        return new PactSpecValidator(OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .withBasePathOverride("/")
                .build());
    }

    /** The violations of every interaction of every pact, in file and interaction order; empty when all agree. */
    public List<SpecViolation> validate(List<RecordedPact> pacts) {
        List<SpecViolation> violations = new ArrayList<>();
        pacts.forEach(pact -> violations.addAll(validate(pact)));
        return violations;
    }

    public List<SpecViolation> validate(RecordedPact pact) {
        List<SpecViolation> violations = new ArrayList<>();
        for (RecordedInteraction interaction : pact.interactions()) {
            ValidationReport report = validator.validate(toRequest(interaction.request()),
                    toResponse(interaction.response()));
            boolean refusesInput = REFUSAL_STATUSES.contains(interaction.response().status());
            for (ValidationReport.Message message : report.getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR
                        && !(refusesInput && isRequestValueRule(message.getKey()))) {
                    violations.add(new SpecViolation(pact.fileName(), interaction.description(),
                            interaction.summary(), partOf(message), message.getKey(), explain(message)));
                }
            }
        }
        return violations;
    }

    private static boolean isRequestValueRule(String key) {
        return REQUEST_VALUE_RULES.stream().anyMatch(key::startsWith);
    }

    private static Request toRequest(RecordedRequest recorded) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(recorded.method(), recorded.path());
        recorded.query().forEach(builder::withQueryParam);
        recorded.headers().forEach(builder::withHeader);
        if (recorded.body() != null) {
            builder.withBody(recorded.body());
        }
        return builder.build();
    }

    private static Response toResponse(RecordedResponse recorded) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(recorded.status());
        recorded.headers().forEach(builder::withHeader);
        if (recorded.body() != null) {
            builder.withBody(recorded.body());
        }
        return builder.build();
    }

    private static String partOf(ValidationReport.Message message) {
        return message.getContext()
                .flatMap(ValidationReport.MessageContext::getLocation)
                .map(location -> location.name().toLowerCase(Locale.ROOT))
                .orElse(message.getKey().startsWith("validation.response") ? "response" : "request");
    }

    private static String explain(ValidationReport.Message message) {
        // Nested messages (e.g. which branch of a schema failed) go into one line so the build log stays readable.
        StringBuilder text = new StringBuilder(message.getMessage().replace('\n', ' '));
        message.getAdditionalInfo().forEach(info -> text.append(" (").append(info.replace('\n', ' ')).append(')'));
        return text.toString();
    }
}
