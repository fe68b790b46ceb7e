package com.skylightchat.tickets.client;

import static com.skylightchat.tickets.client.testing.TestClients.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skylightchat.tickets.client.invoker.ApiException;
import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.client.testing.RecordingProvider;
import com.skylightchat.tickets.client.testing.TestClients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Error answers of a real server become one {@link TicketsClientException}, distinguishable without parsing. */
class ErrorMappingIT {
    @RegisterExtension
    final RecordingProvider provider = new RecordingProvider();

    @Test
    void mapsUnauthorized() {
        // given
        provider.server().willAnswer(CannedResponse.json(401, "{\"success\":false,\"message\":\"Unauthenticated.\"}"));
        // when
        TicketsClientException e = catchThrowableOfType(TicketsClientException.class, () -> provider.client().listTickets());
        // then
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.isUnauthorized()).isTrue();
        assertThat(e.isNotFound()).isFalse();
        assertThat(e.isValidationError()).isFalse();
        assertThat(e.isTimeout()).isFalse();
        assertThat(e.operationId()).isEqualTo("listTickets");
        assertThat(e.errorMessage()).isEqualTo("Unauthenticated.");
        assertThat(e.fieldErrors()).isEmpty();
        assertThat(e).hasMessage("listTickets (GET /tickets) failed with HTTP 401: Unauthenticated.");
        assertNoGeneratorExceptionIn(e);
    }

    @Test
    void mapsNotFound() {
        provider.server().willAnswer(CannedResponse.json(404, "{\"success\":false,\"message\":\"Ticket not found.\"}"));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class, () -> provider.client().getTicket(999L));

        assertThat(e.isNotFound()).isTrue();
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.errorMessage()).isEqualTo("Ticket not found.");
        assertThat(e).hasMessage("getTicket (GET /tickets/{id}) failed with HTTP 404: Ticket not found.");
        assertNoGeneratorExceptionIn(e);
    }

    @Test
    void mapsAValidationErrorWithItsFieldErrors() {
        provider.server().willAnswer(CannedResponse.json(422, "{\"success\":false,"
            + "\"message\":\"The subject field is required. (and 1 more error)\","
            + "\"errors\":{\"subject\":[\"The subject field is required.\"],"
            + "\"body\":[\"The body field is required.\"]}}"));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
            () -> provider.client().createTicket(NewTicket.builder().subject("").body("").build()));

        assertThat(e.isValidationError()).isTrue();
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.errorMessage()).isEqualTo("The subject field is required. (and 1 more error)");
        assertThat(e.fieldErrors()).containsExactly(
            Map.entry("subject", List.of("The subject field is required.")),
            Map.entry("body", List.of("The body field is required.")));
        assertThat(e).hasMessage("createTicket (POST /tickets) failed with HTTP 422: The subject field is required."
            + " (and 1 more error) {subject=[The subject field is required.], body=[The body field is required.]}");
    }

    @Test
    void mapsAReplyToAClosedTicketToAValidationErrorOnTheTicket() {
        provider.server().willAnswer(CannedResponse.json(422, "{\"success\":false,"
            + "\"message\":\"This ticket is closed and cannot receive replies.\","
            + "\"errors\":{\"ticket\":[\"This ticket is closed and cannot receive replies.\"]}}"));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
            () -> provider.client().replyToTicket(14L, "Hello?"));

        assertThat(e.isValidationError()).isTrue();
        assertThat(e.fieldErrors()).containsOnlyKeys("ticket");
    }

    @Test
    void showsALongMultiLineMessageInFull() {
        // given: a message far longer than any snippet, over several lines
        String message = "No interaction matched GET /api/v1/tickets/14.\n"
            + "Nearest: 'a request for ticket 14 with its replies' (state 'ticket 14 exists with status answered'):\n"
            + "  header 'X-Api-Key': expected a value matching the pact, got one of another length;\n"
            + "  query 'page': unexpected parameter, the interaction has no query.";
        provider.server().willAnswer(CannedResponse.json(404,
            "{\"success\":false,\"message\":" + TestClients.jsonString(message) + "}"));
        // when
        TicketsClientException e = catchThrowableOfType(TicketsClientException.class, () -> provider.client().getTicket(14L));
        // then
        assertThat(e.errorMessage()).isEqualTo(message);
        assertThat(e).hasMessage("getTicket (GET /tickets/{id}) failed with HTTP 404: " + message);
    }

    @Test
    void showsTheStubsNoMatchAnswerWithItsExplanationInFull() {
        // given: the stub server's "no interaction matched" 404, as its README shows it (indented, no "message")
        provider.server().willAnswer(CannedResponse.json(404, "{\n"
            + "  \"error\" : \"no interaction in the loaded pacts matched this request\",\n"
            + "  \"request\" : { \"method\" : \"GET\", \"path\" : \"/tickets/14\", \"query\" : { },"
            + " \"headers\" : { \"X-Api-Key\" : [ \"****\" ] }, \"body\" : \"\" },\n"
            + "  \"nearMisses\" : [ {\n"
            + "    \"interaction\" : \"a request for ticket 14 with its replies\",\n"
            + "    \"source\" : \"classpath:com/skylightchat/tickets/stub/embedded/pacts/skylight-tickets-java-client"
            + "-skylight-tickets-api.json\",\n"
            + "    \"providerStates\" : [ \"ticket 14 exists with status answered\" ],\n"
            + "    \"method\" : \"GET\",\n"
            + "    \"path\" : \"/tickets/14\",\n"
            + "    \"mismatches\" : [ \"header 'X-Api-Key': missing, the interaction requires it\" ]\n"
            + "  } ]\n"
            + "}"));
        // when
        TicketsClientException e = catchThrowableOfType(TicketsClientException.class, () -> provider.client().getTicket(14L));
        // then: the whole body, on one line, down to the last mismatch
        assertThat(e.getMessage()).startsWith("getTicket (GET /tickets/{id}) failed with HTTP 404 and a JSON body"
                + " without a message: {\"error\":\"no interaction in the loaded pacts matched this request\",")
            .endsWith("\"mismatches\":[\"header 'X-Api-Key': missing, the interaction requires it\"]}]}")
            .doesNotContain("\n");
    }

    @Test
    void survivesANonJsonErrorBody() {
        provider.server().willAnswer(CannedResponse.text(502, "text/html",
            "<html><body><h1>502 Bad Gateway</h1></body></html>"));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class, () -> provider.client().closeTicket(14L));

        assertThat(e.status()).isEqualTo(502);
        assertThat(e.errorMessage()).isNull();
        assertThat(e.fieldErrors()).isEmpty();
        assertThat(e.responseBody()).contains("502 Bad Gateway");
        assertThat(e).hasMessage("closeTicket (POST /tickets/{id}/close) failed with HTTP 502 and a non-JSON body: "
            + "<html><body><h1>502 Bad Gateway</h1></body></html>");
    }

    @Test
    void survivesAnEmptyErrorBody() {
        provider.server().willAnswer(CannedResponse.text(500, null, ""));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
            () -> provider.client().listDepartments());

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.errorMessage()).isNull();
        assertThat(e).hasMessage("listDepartments (GET /tickets/departments) failed with HTTP 500 and an empty body");
    }

    @Test
    void reportsASuccessfulAnswerThatIsNotJson() {
        provider.server().willAnswer(CannedResponse.text(200, "text/plain", "OK"));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class, () -> provider.client().getTicket(14L));

        assertThat(e.status()).isZero();
        assertThat(e.isTimeout()).isFalse();
        assertThat(e.getMessage()).startsWith(
            "getTicket (GET /tickets/{id}) succeeded but its response body is not the JSON the spec describes");
        assertNoGeneratorExceptionIn(e);
    }

    @Test
    void reportsASuccessfulAnswerWithoutData() {
        provider.server().willAnswer(CannedResponse.json(200, "{\"success\":true}"));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class, () -> provider.client().closeTicket(14L));

        assertThat(e.status()).isZero();
        assertThat(e.getMessage()).contains("closeTicket (POST /tickets/{id}/close) succeeded but its response has no");
    }

    @Test
    void neverShowsTheApiKeyEvenWhenTheServerEchoesIt() {
        provider.server().willAnswer(CannedResponse.json(401,
            "{\"success\":false,\"message\":\"Key " + API_KEY + " is revoked.\"}"));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class, () -> provider.client().listTickets());

        assertThat(e.getMessage()).doesNotContain(API_KEY).contains("Key **** is revoked.");
        assertThat(e.errorMessage()).doesNotContain(API_KEY);
        assertThat(e.responseBody()).doesNotContain(API_KEY);
        assertThat(e.toString()).doesNotContain(API_KEY);
    }

    @Test
    void neverShowsAKeyTheServerEchoedJsonEscaped() {
        // given: a key with slashes, echoed the way PHP's json_encode writes it ("\/")
        String key = "sk/live/7f3a9c1e";
        TicketsClient client = TicketsClient.builder().baseUrl(provider.server().baseUrl()).apiKey(key).build();
        provider.server().willAnswer(CannedResponse.json(401,
            "{\"message\":\"Key " + key.replace("/", "\\/") + " is revoked.\"}"));
        // when
        TicketsClientException e = catchThrowableOfType(TicketsClientException.class, client::listDepartments);
        // then
        assertThat(e).hasMessage("listDepartments (GET /tickets/departments) failed with HTTP 401: Key **** is revoked.");
        assertThat(e.responseBody()).doesNotContain(key).doesNotContain(key.replace("/", "\\/"));
    }

    static void assertNoGeneratorExceptionIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(t).isNotInstanceOf(ApiException.class);
            for (Throwable suppressed : t.getSuppressed()) {
                assertThat(suppressed).isNotInstanceOf(ApiException.class);
            }
        }
    }
}
