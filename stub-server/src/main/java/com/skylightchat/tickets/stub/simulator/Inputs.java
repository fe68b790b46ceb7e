package com.skylightchat.tickets.stub.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * The inputs of the operations, read and checked as the provider does: create's body, reply's body and list's
 * query. Each method answers the checked values or throws one 422 naming every offending field.
 */
final class Inputs {

    static final int MAX_SUBJECT = 255;
    static final int MAX_REPLY = 10_000;
    static final int MAX_PER_PAGE = 100;
    static final int DEFAULT_PER_PAGE = 25;

    /** What create asks for; {@code department} is the chosen or the first one. */
    record NewTicket(String subject, String body, String priority, Department department) {
    }

    /** What list asks for; {@code null} filters match every ticket. */
    record ListQuery(String status, String priority, int perPage, int page) {
    }

    private Inputs() {
    }

    static NewTicket newTicket(JsonNode body, List<Department> departments) {
        Validation check = new Validation();
        String subject = check.requiredText(body, "subject", MAX_SUBJECT);
        String text = check.requiredText(body, "body", 0);
        JsonNode priority = body.path("priority");
        String chosen = priority.isNull() || priority.isMissingNode() ? null
                : check.choice(priority.isTextual() ? priority.asText() : priority.toString(), "priority",
                        Ticket.PRIORITIES);
        Long departmentId = check.jsonInteger(body, "department_id");
        Department department = departmentId == null ? departments.get(0) : departments.stream()
                .filter(d -> d.id() == departmentId).findFirst()
                .orElseGet(() -> check.fail("department_id", "The selected department id is invalid."));
        check.done();
        return new NewTicket(subject, text, chosen == null ? "medium" : chosen, department);
    }

    static String reply(JsonNode body) {
        Validation check = new Validation();
        String reply = check.requiredText(body, "reply", MAX_REPLY);
        check.done();
        return reply;
    }

    static ListQuery listQuery(Map<String, List<String>> query) {
        Validation check = new Validation();
        String status = check.choice(first(query, "status"), "status", Ticket.STATUSES);
        String priority = check.choice(first(query, "priority"), "priority", Ticket.PRIORITIES);
        Integer perPage = check.integer(first(query, "per_page"), "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
        Integer page = check.integer(first(query, "page"), "page", 1, Integer.MAX_VALUE, 1);
        check.done();
        return new ListQuery(status, priority, perPage, page);
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
