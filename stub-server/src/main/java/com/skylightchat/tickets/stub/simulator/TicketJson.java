package com.skylightchat.tickets.stub.simulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes the API's bodies exactly as the spec's schemas name them: the {@code {"success": true, "data": …}}
 * envelope around a {@code Ticket}, a {@code TicketWithReplies}, a {@code TicketPage} with {@code meta} or the
 * departments, and the error bodies {@code {"success": false, "message": …, "errors": {…}}}. Fields in the
 * reference's order; compact; streamed, no tree. Thread-safe.
 */
final class TicketJson {

    private static final JsonFactory JSON = new JsonFactory();

    private TicketJson() {
    }

    static byte[] ticket(Ticket ticket) {
        return write(json -> envelope(json, () -> {
            json.writeStartObject();
            fields(json, ticket);
            json.writeEndObject();
        }));
    }

    static byte[] ticketWithReplies(Ticket ticket) {
        return write(json -> envelope(json, () -> {
            json.writeStartObject();
            fields(json, ticket);
            replies(json, ticket.replies());
            json.writeEndObject();
        }));
    }

    static byte[] page(TicketPage page) {
        return write(json -> {
            json.writeStartObject();
            json.writeBooleanField("success", true);
            json.writeArrayFieldStart("data");
            for (Ticket ticket : page.tickets()) {
                json.writeStartObject();
                fields(json, ticket);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("meta");
            json.writeNumberField("current_page", page.page());
            json.writeNumberField("last_page", page.lastPage());
            json.writeNumberField("per_page", page.perPage());
            json.writeNumberField("total", page.total());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    static byte[] departments(List<Department> departments) {
        return write(json -> {
            json.writeStartObject();
            json.writeBooleanField("success", true);
            json.writeArrayFieldStart("data");
            for (Department department : departments) {
                department(json, department);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    static byte[] problem(ApiProblem problem) {
        return write(json -> {
            json.writeStartObject();
            json.writeBooleanField("success", false);
            json.writeStringField("message", problem.getMessage());
            if (problem.errors() != null) {
                json.writeObjectFieldStart("errors");
                for (Map.Entry<String, List<String>> field : problem.errors().entrySet()) {
                    json.writeArrayFieldStart(field.getKey());
                    for (String message : field.getValue()) {
                        json.writeString(message);
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        });
    }

    private static void envelope(JsonGenerator json, Body data) throws IOException {
        json.writeStartObject();
        json.writeBooleanField("success", true);
        json.writeFieldName("data");
        data.write();
        json.writeEndObject();
    }

    /** The fields of a {@code Ticket}, inside an object the caller opened. */
    private static void fields(JsonGenerator json, Ticket ticket) throws IOException {
        json.writeNumberField("id", ticket.id());
        json.writeStringField("ticket_id", ticket.ticketId());
        json.writeStringField("subject", ticket.subject());
        json.writeStringField("priority", ticket.priority());
        json.writeStringField("status", ticket.status());
        json.writeFieldName("department");
        if (ticket.department() == null) {
            json.writeNull();
        } else {
            department(json, ticket.department());
        }
        timestamp(json, "last_reply_at", ticket.lastReplyAt());
        timestamp(json, "created_at", ticket.createdAt());
        timestamp(json, "updated_at", ticket.updatedAt());
    }

    /** The {@code replies} field a {@code TicketWithReplies} adds to a ticket's fields. */
    private static void replies(JsonGenerator json, List<Reply> replies) throws IOException {
        json.writeArrayFieldStart("replies");
        for (Reply reply : replies) {
            json.writeStartObject();
            json.writeNumberField("id", reply.id());
            json.writeStringField("reply", reply.text());
            json.writeStringField("type", reply.type());
            timestamp(json, "created_at", reply.createdAt());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void department(JsonGenerator json, Department department) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", department.id());
        json.writeStringField("title", department.title());
        json.writeEndObject();
    }

    private static void timestamp(JsonGenerator json, String name, Instant at) throws IOException {
        if (at == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, Timestamps.format(at));
        }
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory", e);
        }
        return out.toByteArray();
    }

    private interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    private interface Body {
        void write() throws IOException;
    }
}
