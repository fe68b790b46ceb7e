package com.skylightchat.tickets.client;

import static com.skylightchat.tickets.client.testing.TestClients.API_KEY;
import static com.skylightchat.tickets.client.testing.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.model.CreateTicketRequest;
import com.skylightchat.tickets.client.model.TicketPriority;
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.testsupport.RecordedRequest;
import com.skylightchat.tickets.client.testing.RecordingProvider;
import com.skylightchat.tickets.client.testing.ReferenceBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each operation puts on the wire: method, path, query, headers and JSON body, seen by a real provider.server(). */
class TicketsClientOperationsIT {
    @RegisterExtension
    final RecordingProvider provider = new RecordingProvider();

    @Test
    void listTicketsSendsEveryFilterAsQueryParameters() {
        // given
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.listWithTicketObject()));
        // when
        provider.client().listTickets(TicketQuery.builder().status(TicketStatus.OPEN).priority(TicketPriority.HIGH)
            .perPage(50).page(2).build());
        // then
        RecordedRequest request = provider.server().onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/api/v1/tickets");
        assertThat(request.rawQuery()).isEqualTo("status=open&priority=high&per_page=50&page=2");
        assertThat(request.body()).isEmpty();
        assertCommonHeaders(request);
    }

    @Test
    void listTicketsWithoutQuerySendsNoQueryString() {
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.listWithTicketObject()));

        provider.client().listTickets();

        assertThat(provider.server().onlyRequest().path()).isEqualTo("/api/v1/tickets");
        assertThat(provider.server().onlyRequest().rawQuery()).isNull();
    }

    @Test
    void createTicketPostsTheNewTicketAsJson() {
        provider.server().willAnswer(CannedResponse.json(201, ReferenceBodies.createdTicket()));

        provider.client().createTicket(NewTicket.builder().subject("WhatsApp channel not sending messages")
            .body("Since this morning our WhatsApp channel stopped delivering messages. Account ID 9.")
            .priority(TicketPriority.HIGH).departmentId(2L).build());

        RecordedRequest request = provider.server().onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v1/tickets");
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(json(request.body())).isEqualTo(json("{\"subject\":\"WhatsApp channel not sending messages\","
            + "\"body\":\"Since this morning our WhatsApp channel stopped delivering messages. Account ID 9.\","
            + "\"priority\":\"high\",\"department_id\":2}"));
        assertCommonHeaders(request);
    }

    @Test
    void createTicketLeavesUnsetOptionalFieldsOutSoTheServerDefaultsApply() {
        provider.server().willAnswer(CannedResponse.json(201, ReferenceBodies.createdTicket()));

        provider.client().createTicket(NewTicket.builder().subject("Subject").body("Body").build());

        assertThat(json(provider.server().onlyRequest().body())).isEqualTo(json("{\"subject\":\"Subject\",\"body\":\"Body\"}"));
    }

    @Test
    void createTicketWithTheGeneratedModelSendsItAsItIs() {
        provider.server().willAnswer(CannedResponse.json(201, ReferenceBodies.createdTicket()));

        provider.client().createTicket(new CreateTicketRequest().subject("Subject").body("Body").departmentId(3L));

        // The generated model starts with the spec's default priority "medium" and so always sends it.
        assertThat(json(provider.server().onlyRequest().body())).isEqualTo(
            json("{\"subject\":\"Subject\",\"body\":\"Body\",\"priority\":\"medium\",\"department_id\":3}"));
    }

    @Test
    void getTicketGetsTheTicketById() {
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.getTicket14()));

        provider.client().getTicket(14L);

        RecordedRequest request = provider.server().onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/api/v1/tickets/14");
        assertThat(request.rawQuery()).isNull();
        assertThat(request.body()).isEmpty();
        assertCommonHeaders(request);
    }

    @Test
    void replyToTicketPostsTheReplyAsJson() {
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.getTicket14()));

        provider.client().replyToTicket(14L, "The issue is resolved now, thank you!");

        RecordedRequest request = provider.server().onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v1/tickets/14/reply");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(json(request.body())).isEqualTo(json("{\"reply\":\"The issue is resolved now, thank you!\"}"));
        assertCommonHeaders(request);
    }

    @Test
    void closeTicketPostsWithoutABody() {
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.createdTicket()));

        provider.client().closeTicket(14L);

        RecordedRequest request = provider.server().onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v1/tickets/14/close");
        assertThat(request.body()).isEmpty();
        assertThat(request.header("Content-Type")).isNull();
        assertCommonHeaders(request);
    }

    @Test
    void listDepartmentsGetsTheFixedDepartmentsPath() {
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.listDepartments()));

        provider.client().listDepartments();

        RecordedRequest request = provider.server().onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/api/v1/tickets/departments");
        assertThat(request.body()).isEmpty();
        assertCommonHeaders(request);
    }

    @Test
    void aTrailingSlashOnTheBaseUrlDoesNotDoubleTheSlash() {
        provider.server().willAnswer(CannedResponse.json(200, ReferenceBodies.listDepartments()));
        TicketsClient slashed = TicketsClient.builder().baseUrl(provider.server().baseUrl() + "/").apiKey(API_KEY).build();

        slashed.listDepartments();

        assertThat(provider.server().onlyRequest().path()).isEqualTo("/api/v1/tickets/departments");
    }

    private static void assertCommonHeaders(RecordedRequest request) {
        assertThat(request.header("X-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("User-Agent")).isEqualTo("skylight-tickets-java-client/" + ClientVersion.version());
        assertThat(ClientVersion.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
