package com.skylightchat.tickets.contract.validation;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.OptionalBody;
import com.skylightchat.tickets.contract.pact.HttpInteraction;
import com.skylightchat.tickets.contract.pact.PactDocument;
import com.skylightchat.tickets.spec.TicketsApiSpec;
import com.skylightchat.tickets.spec.validation.ApiRequest;
import com.skylightchat.tickets.spec.validation.ApiResponse;
import com.skylightchat.tickets.spec.validation.SpecValidator;
import com.skylightchat.tickets.spec.validation.SpecViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates every HTTP interaction of a pact, from any consumer and any Pact implementation, against the spec with
 * the spec module's {@link SpecValidator}: the request as the provider receives it (base path included) and the
 * response (documented status, headers, body schema).
 *
 * <p>One deliberate exception: an interaction whose response is a documented {@code 400} or {@code 422} exists to
 * show how the API refuses bad input, so schema violations of its request <em>values</em> (query parameter or body
 * schema) are expected there and not reported. Path, method, security header and content type stay strict, and a
 * bad value answered with any other status is still a violation. Thread-safe.
 */
public final class PactSpecValidator {

    private static final Set<Integer> REFUSAL_STATUSES = Set.of(400, 422);
    private static final List<String> REQUEST_VALUE_RULES = List.of("validation.request.parameter.schema.",
            "validation.request.parameter.query.", "validation.request.body.schema.");

    private final SpecValidator validator;

    private PactSpecValidator(SpecValidator validator) {
        this.validator = validator;
    }

    public static PactSpecValidator of(TicketsApiSpec spec) {
        return new PactSpecValidator(SpecValidator.of(spec));
    }

    /** The violations of every interaction of every pact, in pact and interaction order; empty when all agree. */
    public List<PactViolation> validate(List<PactDocument> pacts) {
        List<PactViolation> violations = new ArrayList<>();
        pacts.forEach(pact -> violations.addAll(validate(pact)));
        return violations;
    }

    public List<PactViolation> validate(PactDocument pact) {
        List<PactViolation> violations = new ArrayList<>();
        for (HttpInteraction interaction : pact.interactions()) {
            boolean refusesInput = REFUSAL_STATUSES.contains(interaction.response().getStatus());
            for (SpecViolation violation : validator.check(request(interaction.request()),
                    response(interaction.response()))) {
                if (!(refusesInput && isRequestValue(violation))) {
                    violations.add(new PactViolation(pact.source(), interaction.index(), interaction.description(),
                            violation));
                }
            }
        }
        return violations;
    }

    /** The request an interaction records, as a client would send it. */
    public static ApiRequest request(IRequest request) {
        return new ApiRequest(request.getMethod(), request.getPath(), request.getQuery(), request.getHeaders(),
                text(request.getBody()));
    }

    /** The response an interaction records, as the provider would send it. */
    public static ApiResponse response(IResponse response) {
        return new ApiResponse(response.getStatus(), response.getHeaders(), text(response.getBody()));
    }

    /** A value the client chose (query, body), not where it sent it: a path parameter stays strict. */
    private static boolean isRequestValue(SpecViolation violation) {
        return !violation.where().startsWith("request.path")
                && REQUEST_VALUE_RULES.stream().anyMatch(violation.rule()::startsWith);
    }

    private static String text(OptionalBody body) {
        return body.isPresent() ? body.valueAsString() : null;
    }
}
