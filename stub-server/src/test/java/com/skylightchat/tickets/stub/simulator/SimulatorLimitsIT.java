package com.skylightchat.tickets.stub.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.testsupport.Http;
import com.skylightchat.tickets.stub.testing.Simulators;
import com.skylightchat.tickets.stub.testing.SpecCheckedApi;
import com.skylightchat.tickets.stub.testing.SpecCheckedApi.Exchange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator's caps (507 naming the cap, room again after a reset) and its data under concurrent clients. */
class SimulatorLimitsIT {

    @Test
    void refusesATicketBeyondMaxTicketsWith507NamingTheCapUntilReset() {
        try (StubServer stub = Simulators.start(b -> b.maxTickets(2))) {
            // given
            SpecCheckedApi api = Simulators.api(stub);
            create(api);
            create(api);

            // when
            Exchange full = api.post("/api/v1/tickets", "{\"subject\":\"s\",\"body\":\"b\"}");
            stub.simulator().reset();
            Exchange afterReset = api.post("/api/v1/tickets", "{\"subject\":\"s\",\"body\":\"b\"}");

            // then
            assertThat(full.status()).isEqualTo(507);
            assertThat(full.json().get("message").asText()).contains("2 tickets (--max-tickets)")
                    .contains("DELETE /__stub/simulator");
            assertThat(afterReset.status()).isEqualTo(201);
        }
    }

    @Test
    void refusesRepliesBeyondMaxRepliesAndTextBeyondMaxText() {
        try (StubServer replies = Simulators.start(b -> b.maxReplies(2));
             StubServer text = Simulators.start(b -> b.maxTextChars(20))) {
            // given: the opening message counts as one
            SpecCheckedApi api = Simulators.api(replies);
            long id = create(api);
            api.post("/api/v1/tickets/" + id + "/reply", "{\"reply\":\"second\"}");

            // when
            Exchange third = api.post("/api/v1/tickets/" + id + "/reply", "{\"reply\":\"third\"}");
            Exchange tooMuchText = Simulators.api(text).post("/api/v1/tickets",
                    "{\"subject\":\"a subject\",\"body\":\"a body of some length\"}");

            // then
            assertThat(third.status()).isEqualTo(507);
            assertThat(third.json().get("message").asText()).contains("--max-replies");
            assertThat(Http.json(new Http(replies.baseUrl()).get("/__stub/simulator/tickets"))
                    .at("/tickets/0/replies")).hasSize(2);
            assertThat(tooMuchText.status()).isEqualTo(507);
            assertThat(tooMuchText.json().get("message").asText()).contains("--max-text");
        }
    }

    @Test
    void keepsIdsUniqueAndCountsExactUnderConcurrentClients() throws Exception {
        try (StubServer stub = Simulators.start()) {
            // given
            SpecCheckedApi api = Simulators.api(stub);
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<List<Long>>> work = new ArrayList<>();

            // when: 8 clients each create 10 tickets and reply twice to each
            for (int c = 0; c < 8; c++) {
                work.add(clients.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        long id = create(api);
                        api.post("/api/v1/tickets/" + id + "/reply", "{\"reply\":\"one\"}");
                        api.post("/api/v1/tickets/" + id + "/reply", "{\"reply\":\"two\"}");
                        mine.add(id);
                    }
                    return mine;
                }));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<List<Long>> client : work) {
                ids.addAll(client.get(60, TimeUnit.SECONDS));
            }
            clients.shutdown();

            // then
            assertThat(ids).hasSize(80).allMatch(id -> id >= 1 && id <= 80);
            JsonNode data = Http.json(new Http(stub.baseUrl()).get("/__stub/simulator/tickets"));
            assertThat(data.at("/usage/tickets").asInt()).isEqualTo(80);
            assertThat(data.at("/usage/replies").asInt()).isEqualTo(240);
            Set<Long> replyIds = new HashSet<>();
            for (JsonNode ticket : data.get("tickets")) {
                assertThat(ticket.get("replies")).hasSize(3);
                ticket.get("replies").forEach(reply -> replyIds.add(reply.get("id").asLong()));
            }
            assertThat(replyIds).hasSize(240);
        }
    }

    private static long create(SpecCheckedApi api) {
        return SimulatorTicketsIT.idOf(api.post("/api/v1/tickets", "{\"subject\":\"s\",\"body\":\"b\"}"));
    }
}
