package com.skylightchat.tickets.testsupport;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import com.skylightchat.tickets.spec.validation.SpecValidator;
import com.skylightchat.tickets.spec.validation.SpecViolation;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The tests' one judge of HTTP exchanges: the project's spec validator on the spec the tickets-spec module bundles,
 * built once (parsing the spec is the expensive part) and shared by every test that checks what went over the wire.
 * Thread-safe.
 */
public final class BundledSpec {

    private static final SpecValidator VALIDATOR = SpecValidator.of(TicketsApiSpec.bundled());

    private BundledSpec() {
    }

    /**
     * Every violation of the spec by one exchange, in the request and in the response.
     *
     * @param sentBody     the request body as sent, {@code null} or empty for none
     * @param receivedBody the response body as read
     */
    public static List<SpecViolation> check(HttpRequest request, String sentBody, HttpResponse<?> response,
                                            String receivedBody) {
        return VALIDATOR.check(ExchangeParts.apiRequest(request, sentBody),
            ExchangeParts.apiResponse(response, receivedBody));
    }
}
