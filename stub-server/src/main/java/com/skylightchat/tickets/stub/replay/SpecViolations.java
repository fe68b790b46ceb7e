package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import com.skylightchat.tickets.spec.validation.ApiRequest;
import com.skylightchat.tickets.spec.validation.SpecValidator;
import com.skylightchat.tickets.spec.validation.SpecViolation;
import com.skylightchat.tickets.stub.http.IncomingRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks an unmatched request against the OpenAPI spec with the spec module's {@link SpecValidator}, so a 404 can
 * also say "and this request is not even valid for the API". Only used when spec validation is on, only on the 404
 * path. Thread-safe.
 */
public final class SpecViolations {

    private final SpecValidator validator;

    private SpecViolations(SpecValidator validator) {
        this.validator = validator;
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
        return new SpecViolations(SpecValidator.of(spec));
    }

    /** Every violation of the spec by this request, one line each ({@code where: message [rule]}); empty when valid. */
    public List<String> check(IncomingRequest request) {
        String body = request.body().length == 0 ? null : new String(request.body(), StandardCharsets.UTF_8);
        return validator.checkRequest(new ApiRequest(request.method(), request.path(), request.query(),
                request.headers(), body)).stream().map(SpecViolation::describe).toList();
    }
}
