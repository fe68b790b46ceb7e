package com.skylightchat.tickets.stub.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.testing.Simulators;
import com.skylightchat.tickets.stub.testing.SpecCheckedApi;
import com.skylightchat.tickets.stub.testing.SpecCheckedApi.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** List tickets on a real simulator: filters, pages, newest first, {@code meta}, and the 422s of bad filters. */
class SimulatorListIT {

    private static StubServer stub;
    private static SpecCheckedApi api;
    private static final List<Long> IDS = new ArrayList<>();

    @BeforeAll
    static void fiveTicketsTwoOfThemOpenAndHigh() {
        stub = Simulators.start();
        api = Simulators.api(stub);
        String[] priorities = {"high", "low", "high", "medium", "high"};
        for (String priority : priorities) {
            IDS.add(api.post("/api/v1/tickets", "{\"subject\":\"s\",\"body\":\"b\",\"priority\":\"" + priority
                    + "\"}").json().at("/data/id").asLong());
        }
        api.post("/api/v1/tickets/" + IDS.get(4) + "/close", null);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void listsEveryTicketNewestFirstWithMetaForOnePageOf25() {
        Exchange all = api.get("/api/v1/tickets");

        assertThat(ids(all)).containsExactly(IDS.get(4), IDS.get(3), IDS.get(2), IDS.get(1), IDS.get(0));
        assertThat(all.json().get("meta").toString())
                .isEqualTo("{\"current_page\":1,\"last_page\":1,\"per_page\":25,\"total\":5}");
    }

    @Test
    void filtersByStatusAndPriorityTogether() {
        Exchange openHigh = api.get("/api/v1/tickets?status=open&priority=high");
        Exchange closed = api.get("/api/v1/tickets?status=closed");

        assertThat(ids(openHigh)).containsExactly(IDS.get(2), IDS.get(0));
        assertThat(openHigh.json().at("/meta/total").asInt()).isEqualTo(2);
        assertThat(ids(closed)).containsExactly(IDS.get(4));
    }

    @Test
    void pagesWithPerPageAndPage() {
        Exchange second = api.get("/api/v1/tickets?per_page=2&page=2");
        Exchange beyond = api.get("/api/v1/tickets?per_page=2&page=4");

        assertThat(ids(second)).containsExactly(IDS.get(2), IDS.get(1));
        assertThat(second.json().get("meta").toString())
                .isEqualTo("{\"current_page\":2,\"last_page\":3,\"per_page\":2,\"total\":5}");
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.json().at("/meta/current_page").asInt()).isEqualTo(4);
    }

    @Test
    void refusesUnknownFilterValuesAndPerPageOutside1To100InTheSpecsShape() {
        // when
        Exchange status = api.get("/api/v1/tickets?status=pending");
        Exchange tooMany = api.get("/api/v1/tickets?per_page=500");
        Exchange none = api.get("/api/v1/tickets?per_page=0&page=x&priority=urgent");

        // then
        assertThat(status.status()).isEqualTo(422);
        assertThat(status.json().at("/errors/status/0").asText()).isEqualTo("The selected status is invalid.");
        assertThat(tooMany.json().get("message").asText())
                .isEqualTo("The per page field must not be greater than 100.");
        assertThat(none.json().get("errors").fieldNames()).toIterable()
                .containsExactly("priority", "per_page", "page");
        assertThat(none.json().get("message").asText()).endsWith("(and 2 more errors)");
    }

    private static List<Long> ids(Exchange page) {
        assertThat(page.status()).as(page.response().body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (JsonNode ticket : page.json().get("data")) {
            ids.add(ticket.get("id").asLong());
        }
        return ids;
    }
}
