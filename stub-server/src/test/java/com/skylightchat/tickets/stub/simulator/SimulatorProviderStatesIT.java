package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.loader.PactLoader;
import com.skylightchat.tickets.stub.testing.Fixtures;
import com.skylightchat.tickets.testsupport.Http;
import com.skylightchat.tickets.stub.testing.Simulators;
import com.skylightchat.tickets.stub.testing.SpecCheckedApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Pact state-change protocol in simulate mode: setup seeds what the state names, teardown resets, a state the
 * simulator cannot set up is a 400 naming it. (Pact JVM's verifier runs every recorded state against the runnable
 * jar in simulate mode: the {@code stand-in-simulator} execution of ProviderVerificationIT.)
 */
class SimulatorProviderStatesIT {

    private final StubServer stub = Simulators.start();
    private final Http admin = new Http(stub.baseUrl());
    private final SpecCheckedApi api = Simulators.api(stub);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void seedsTheReferenceTicketInTheNamedStatus() {
        // when
        HttpResponse<String> setup = change(Fixtures.ANSWERED, "{\"id\":14,\"status\":\"answered\"}", "setup");

        // then
        assertThat(setup.statusCode()).isEqualTo(200);
        assertThat(Http.json(setup).get("id").asInt()).isEqualTo(14);
        var ticket = api.get("/api/v1/tickets/14").json().get("data");
        assertThat(ticket.get("status").asText()).isEqualTo("answered");
        assertThat(ticket.get("ticket_id").asText()).isEqualTo("ABX9Y2KL");
        assertThat(ticket.get("replies")).hasSize(2);
    }

    @Test
    void removesAndRevokesWhatTheStatesSayDoesNotExistOrIsNotValid() {
        // given
        change(Fixtures.CLOSED, "{}", "setup");

        // when
        change("ticket 14 does not exist", "{\"id\":14}", "setup");
        change("the API key test-api-key is not valid", "{\"apiKey\":\"test-api-key\"}", "setup");

        // then
        assertThat(stub.simulator().tickets()).isEmpty();
        assertThat(api.get("/api/v1/tickets/departments").status()).isEqualTo(401);
    }

    @Test
    void resetsOnTeardownSoEveryInteractionStartsFromNothing() {
        // given
        change("the API key test-api-key is not valid", "{}", "setup");
        change("open high-priority tickets exist", "{\"status\":\"open\",\"priority\":\"high\"}", "setup");

        // when
        change("open high-priority tickets exist", "{}", "teardown");

        // then
        assertThat(api.get("/api/v1/tickets").json().at("/meta/total").asInt()).isZero();
    }

    @Test
    void refusesAStateItCannotSetUpNamingIt() {
        HttpResponse<String> unknown = change("a ticket assigned to Bob exists", "{}", "setup");
        HttpResponse<String> impossible = change("department 2 is the first available department", "{}", "setup");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknown).get("error").asText()).contains("'a ticket assigned to Bob exists'")
                .contains("ticket 14 exists with status answered");
        assertThat(impossible.statusCode()).isEqualTo(400);
        assertThat(Http.json(impossible).get("error").asText()).contains("Billing");
    }

    @Test
    void setsUpEveryStateTheRecordedPactsName() {
        for (var interaction : PactLoader.load(List.of(Fixtures.recorded())).interactions()) {
            for (var state : interaction.providerStates()) {
                // when
                HttpResponse<String> setup = admin.post("/__stub/provider-states", Http.jsonText(Map.of(
                        "state", state.getName(), "params", state.getParams(), "action", "setup")));

                // then
                assertThat(setup.statusCode()).as(state.getName() + ": " + setup.body()).isEqualTo(200);
            }
        }
    }

    private HttpResponse<String> change(String state, String params, String action) {
        return admin.post("/__stub/provider-states", "{\"state\":\"" + state + "\",\"params\":" + params
                + ",\"action\":\"" + action + "\"}");
    }
}
