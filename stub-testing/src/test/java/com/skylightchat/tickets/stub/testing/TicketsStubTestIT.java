package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.client.model.TicketWithReplies;
import com.skylightchat.tickets.stub.journal.JournalEntry;
import com.skylightchat.tickets.testsupport.Http;
import com.skylightchat.tickets.stub.testing.support.RecordedInteraction;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code @TicketsStubTest} in a plain JUnit test: the embedded pacts, served in-process. */
@TicketsStubTest(unmatchedRequests = UnmatchedRequests.ALLOW) // one test asks with a key nobody recorded
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TicketsStubTestIT {
    private final RecordedInteraction recorded = RecordedInteraction.embeddedGetTicket();

    @Test
    @Order(1)
    void injectsAClientThatGetsTheRecordedTicket(TicketsClient client) {
        // when
        TicketWithReplies ticket = client.getTicket(recorded.ticketId());

        // then
        assertThat(ticket.getId()).isEqualTo(recorded.ticketId());
        assertThat(ticket.getTicketId()).isEqualTo(recorded.body().path("data").path("ticket_id").asText());
    }

    @Test
    @Order(2)
    void startsWithAnEmptyJournalInEveryTestAndRecordsWhatTheTestSent(TicketsStubInfo stub) {
        // given: the previous test's request is forgotten
        assertThat(stub.requests()).isEmpty();

        // when
        stub.client().getTicket(recorded.ticketId());

        // then
        List<JournalEntry> seen = stub.requests("GET", recorded.path());
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).header("X-Api-Key")).isEqualTo(stub.apiKey());
        assertThat(seen.get(0).status()).isEqualTo(200);
        assertThat(seen.get(0).matchedInteraction()).isNotBlank();
    }

    @Test
    @Order(3)
    void sendsTheKeyThePactsWereRecordedWith(TicketsStubInfo stub) {
        assertThat(stub.apiKey()).isEqualTo(recorded.headers().get("X-Api-Key"));
    }

    @Test
    @Order(4)
    void injectsTheBaseUrlOfARandomLoopbackPort(@StubBaseUrl URI baseUrl, @StubBaseUrl String asText,
                                                 TicketsStubInfo stub) {
        assertThat(baseUrl.getHost()).isEqualTo("127.0.0.1");
        assertThat(baseUrl.getPort()).isEqualTo(stub.port()).isPositive();
        assertThat(asText).isEqualTo(baseUrl.toString());
    }

    @Test
    @Order(5)
    void answersTheRecordedBodyOnTheWire(@StubBaseUrl URI baseUrl) {
        HttpResponse<String> response = recorded.sendTo(baseUrl);

        assertThat(response.statusCode()).isEqualTo(recorded.status());
        assertThat(Http.json(response)).isEqualTo(recorded.body());
    }

    @Test
    @Order(6)
    void letsATestSeeWhatTheStubAnswersToAKeyThePactsDoNotKnow(TicketsStubInfo stub) {
        // when / then: no interaction was recorded for this key, so the client gets an error, not a ticket
        assertThatThrownBy(() -> stub.client("a-key-nobody-recorded").getTicket(recorded.ticketId()))
            .isInstanceOf(TicketsClientException.class);
        assertThat(stub.requests()).singleElement().satisfies(e -> assertThat(e.matchedInteraction()).isNull());
    }

    @Test
    @Order(7)
    void selectsAProviderStateForThisTest(TicketsStubInfo stub) {
        // when
        stub.providerState("ticket 14 exists with status closed");

        // then
        assertThat(stub.client().getTicket(14).getStatus()).hasToString("closed");
    }

    @Test
    @Order(8)
    void startsTheNextTestWithoutThePreviousTestsProviderState(TicketsStubInfo stub) {
        // the state test 7 selected is gone: the answer is the one without a selected state again
        assertThat(stub.client().getTicket(14).getStatus()).hasToString("answered");
    }

    @Nested
    class InANestedClass {
        @Test
        void sharesTheStubOfTheEnclosingClass(TicketsStubInfo stub, TicketsClient client) {
            client.getTicket(recorded.ticketId());

            assertThat(stub.requests()).hasSize(1);
        }
    }
}
