package com.skylightchat.tickets.contract.testing;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDslJsonArray;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.spec.TicketsApiSpec;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * The building blocks every consumer test uses, so the interactions agree with each other: the test API key that
 * every request carries, the response headers, and matchers for ticket, reply and department fields. Matchers
 * apply where the value is not the point (ids by type, {@code ticket_id} and enums by regex, timestamps by a
 * format with microseconds); example values come from the provider's reference.
 */
public final class TicketsPactDsl {

    /** Sent as {@code X-Api-Key} on every expected request; the stub insists on exactly this key. */
    public static final String API_KEY = "test-api-key";

    /** A key the provider does not know; it answers 401. */
    public static final String WRONG_API_KEY = "revoked-api-key";

    public static final Map<String, String> KEY_HEADER = Map.of("X-Api-Key", API_KEY);
    public static final Map<String, String> JSON_KEY_HEADERS = Map.of("X-Api-Key", API_KEY,
            "Content-Type", "application/json");
    public static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    /**
     * The base path of every request the provider serves ({@code /api/v1}), read from the spec's
     * {@code servers[0].url}: the pacts record the paths the provider really receives.
     */
    public static final String BASE_PATH = TicketsApiSpec.current().basePath();

    /** ISO 8601 in UTC with microseconds, as the provider writes it: {@code 2026-03-07T10:30:00.000000Z}. */
    public static final String TIMESTAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSX";

    private TicketsPactDsl() {
    }

    /** The path the provider receives for an operation path of the spec: {@code /tickets/14} → {@code /api/v1/tickets/14}. */
    public static String path(String operationPath) {
        return BASE_PATH + operationPath;
    }

    /**
     * A client of the facade pointed at the Pact mock server with the test key. Its base URL is the mock server plus
     * the base path, exactly as a user points it at the production origin plus {@code /api/v1}.
     */
    public static TicketsClient client(MockServer mockServer) {
        return client(mockServer, API_KEY);
    }

    public static TicketsClient client(MockServer mockServer, String apiKey) {
        return TicketsClient.builder().baseUrl(mockServer.getUrl() + BASE_PATH).apiKey(apiKey)
                .requestTimeout(Duration.ofSeconds(10)).build();
    }

    /** {@code id}, {@code ticket_id}, {@code subject}, {@code priority} and {@code status} of a ticket. */
    public static void ticketHead(LambdaDslObject ticket, int id, String ticketId, String subject,
                                  String priority, String status) {
        ticketIdentity(ticket, id, ticketId, subject, priority);
        ticket.stringMatcher("status", "open|answered|closed", status);
    }

    /** Like {@link #ticketHead} without {@code status}, for interactions where the status is the point. */
    public static void ticketIdentity(LambdaDslObject ticket, int id, String ticketId, String subject,
                                      String priority) {
        ticket.integerType("id", id);
        ticket.stringMatcher("ticket_id", "[A-Z0-9]{8}", ticketId);
        ticket.stringType("subject", subject);
        ticket.stringMatcher("priority", "low|medium|high", priority);
    }

    public static void department(LambdaDslObject parent, String field, int id, String title) {
        parent.object(field, department -> {
            department.integerType("id", id);
            department.stringType("title", title);
        });
    }

    public static void timestamp(LambdaDslObject parent, String field, String example) {
        parent.datetime(field, TIMESTAMP_FORMAT, ZonedDateTime.parse(example));
    }

    /** One reply; {@code type} is {@code client} or {@code admin}. */
    public static void reply(LambdaDslObject reply, int id, String text, String type, String createdAt) {
        reply.integerType("id", id);
        reply.stringType("reply", text);
        reply.stringMatcher("type", "client|admin", type);
        timestamp(reply, "created_at", createdAt);
    }

    /** The two replies of the reference's get-ticket example: the client's report, then the admin's answer. */
    public static void referenceReplies(LambdaDslJsonArray replies) {
        replies.object(reply -> reply(reply, 1,
                "Since this morning our WhatsApp channel stopped delivering messages.", "client",
                "2026-03-08T09:00:00.000000Z"));
        replies.object(reply -> reply(reply, 2, "We have identified the issue and are rolling "
                + "out a fix. Expected resolution in 30 minutes.", "admin",
                "2026-03-08T09:45:00.000000Z"));
    }

    /**
     * The 422 body: {@code message} plus {@code errors} naming the offending field with at least one message.
     */
    public static void validationError(LambdaDslObject body, String field, String message) {
        error(body, message);
        body.object("errors", errors -> errors.minArrayLike(field, 1, PactDslJsonRootValue.stringType(message), 1));
    }

    /** The error body {@code {success:false, message}} of 404 and 422 answers. */
    public static void error(LambdaDslObject body, String message) {
        body.booleanValue("success", false);
        body.stringType("message", message);
    }

    /**
     * The 401 body: only {@code message}. Laravel's authentication error is {@code {"message":"Unauthenticated."}},
     * without the {@code success} of the API's own errors (spec note on errors), so the pact must not demand it.
     */
    public static void unauthenticated(LambdaDslObject body) {
        body.stringType("message", "Unauthenticated.");
    }
}
