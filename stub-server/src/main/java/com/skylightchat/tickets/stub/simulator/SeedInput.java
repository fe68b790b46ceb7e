package com.skylightchat.tickets.stub.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of {@code POST /__stub/simulator/tickets} into a {@link TicketSeed}: the API's field names
 * ({@code id}, {@code ticket_id}, {@code subject}, {@code priority}, {@code status}, {@code department_id},
 * {@code created_at}), {@code body} for the opening client message and {@code replies} as
 * {@code [{"reply": …, "type": "client"|"admin", "created_at": …}]}. Defaults: the next id, a new code, medium,
 * open, the first department ({@code "department_id": null} for none), now. A mistake is an
 * {@link IllegalArgumentException} naming the field (a 400).
 */
final class SeedInput {

    private SeedInput() {
    }

    static TicketSeed of(JsonNode body, List<Department> departments) {
        JsonNode subject = body.path("subject");
        if (!subject.isTextual() || subject.asText().isBlank()) {
            throw new IllegalArgumentException("a seeded ticket needs a \"subject\"");
        }
        List<TicketSeed.Message> messages = new ArrayList<>();
        if (body.hasNonNull("body")) {
            messages.add(new TicketSeed.Message(body.get("body").asText(), Reply.CLIENT, null));
        }
        for (JsonNode reply : body.path("replies")) {
            if (!reply.path("reply").isTextual()) {
                throw new IllegalArgumentException("each of \"replies\" needs a \"reply\" text");
            }
            messages.add(new TicketSeed.Message(reply.get("reply").asText(), reply.path("type").asText(Reply.CLIENT),
                    instant(reply.get("created_at"))));
        }
        return new TicketSeed(body.hasNonNull("id") ? body.get("id").asLong() : null,
                body.hasNonNull("ticket_id") ? body.get("ticket_id").asText() : null, subject.asText(),
                body.path("priority").asText("medium"), body.path("status").asText(Ticket.OPEN),
                department(body, departments), messages, instant(body.get("created_at")));
    }

    private static Department department(JsonNode body, List<Department> departments) {
        if (!body.has("department_id")) {
            return departments.get(0);
        }
        JsonNode id = body.get("department_id");
        if (id.isNull()) {
            return null;
        }
        return departments.stream().filter(d -> d.id() == id.asLong()).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no department " + id + "; the departments are " + departments));
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : Timestamps.parse(node.asText());
    }
}
