package com.skylightchat.tickets.client;

import static com.skylightchat.tickets.client.testing.TestClients.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.readme.ReadmeExample;
import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.client.testing.RecordingServer;
import com.skylightchat.tickets.client.testing.ReferenceBodies;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's usage example, run against a real loopback provider that answers with the spec's examples. */
class ReadmeExampleIT {

    @Test
    void theReadmeExampleRunsAgainstAProvider() {
        try (RecordingServer server = RecordingServer.start()) {
            // given
            // the first answer is a 503, which the example's retry policy copes with
            server.willAnswerInTurn("GET", "/tickets/departments", CannedResponse.json(503, "{\"message\":\"busy\"}"),
                CannedResponse.json(200, ReferenceBodies.listDepartments()));
            server.willAnswer("POST", "/tickets", CannedResponse.json(201, ReferenceBodies.createdTicket()));
            server.willAnswer("GET", "/tickets", CannedResponse.json(200, ReferenceBodies.listWithTicketObject()));
            server.willAnswer("GET", "/tickets?status=open&per_page=100&page=1",
                CannedResponse.json(200, ReferenceBodies.ticketsPage(1, 2, 1, 2, 14)));
            server.willAnswer("GET", "/tickets?status=open&per_page=100&page=2",
                CannedResponse.json(200, ReferenceBodies.ticketsPage(2, 2, 1, 2, 15)));
            String lastReply = "\"created_at\": \"2026-03-08T09:45:00.000000Z\"\n      }";
            server.willAnswer("POST", "/tickets/14/reply", CannedResponse.json(200, ReferenceBodies.getTicket14()
                .replace(lastReply, lastReply + ", {\"id\": 3, \"reply\": \"Any news?\", \"type\": \"client\","
                    + " \"created_at\": \"2026-03-08T10:15:00.000000Z\"}")));
            server.willAnswer("GET", "/tickets/999999",
                CannedResponse.json(404, "{\"success\":false,\"message\":\"Ticket not found.\"}"));
            server.willAnswer("POST", "/tickets/14/close", CannedResponse.json(200,
                ReferenceBodies.createdTicket().replace("\"status\": \"open\"", "\"status\": \"closed\"")));
            // when
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ReadmeExample.run(server.baseUrl(), API_KEY, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            List<String> printed = bytes.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
            // then
            assertThat(printed).containsExactly(
                "created ABX9Y2KL (open)",
                "1 open ticket(s), page 1 of 1",
                "open: #14 Billing question about my subscription",
                "open: #15 Billing question about my subscription",
                "3 replies, last by client",
                "no ticket 999999: Ticket not found.",
                "closed: closed");
            assertThat(server.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /api/v1/tickets/departments", "GET /api/v1/tickets/departments", "POST /api/v1/tickets",
                "GET /api/v1/tickets", "GET /api/v1/tickets", "GET /api/v1/tickets",
                "POST /api/v1/tickets/14/reply", "GET /api/v1/tickets/999999", "POST /api/v1/tickets/14/close");
        }
    }
}
