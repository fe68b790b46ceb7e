package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.http.Checks;

import java.util.HashSet;
import java.util.List;

/**
 * How the simulator behaves.
 *
 * @param apiKeys      the {@code X-Api-Key} values it accepts (any other, or none, is 401)
 * @param departments  the fixed departments, the first being the default of a new ticket
 * @param maxTickets   most tickets held at once
 * @param maxReplies   most messages held at once, over all tickets (a ticket's opening message counts)
 * @param maxTextChars most characters of subjects and messages held at once
 */
public record SimulatorSettings(List<String> apiKeys, List<Department> departments, int maxTickets, int maxReplies,
                                long maxTextChars) {

    /** The key the recorded pacts send, so that a client tested against the pacts works here unchanged. */
    public static final String DEFAULT_API_KEY = "test-api-key";
    public static final List<String> DEFAULT_DEPARTMENTS = List.of("Billing", "Technical Support", "Sales");
    public static final int DEFAULT_MAX_TICKETS = 10_000;
    public static final int DEFAULT_MAX_REPLIES = 100_000;
    public static final long DEFAULT_MAX_TEXT_CHARS = 16L * 1024 * 1024;

    public SimulatorSettings {
        apiKeys = List.copyOf(apiKeys);
        departments = List.copyOf(departments);
        if (apiKeys.isEmpty() || apiKeys.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("apiKeys must name at least one key, none blank");
        }
        if (departments.isEmpty()) {
            throw new IllegalArgumentException("departments must name at least one department");
        }
        if (new HashSet<>(departments.stream().map(Department::id).toList()).size() != departments.size()) {
            throw new IllegalArgumentException("department ids must be unique, were " + departments);
        }
        Checks.range("maxTickets", maxTickets, 1, 10_000_000);
        Checks.range("maxReplies", maxReplies, 1, 100_000_000);
        Checks.range("maxTextChars", maxTextChars, 1, 1L << 40);
    }

    /** The defaults: the pacts' key, Billing, Technical Support and Sales (ids 1 to 3), and the default caps. */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings(List.of(DEFAULT_API_KEY), Department.numbered(DEFAULT_DEPARTMENTS),
                DEFAULT_MAX_TICKETS, DEFAULT_MAX_REPLIES, DEFAULT_MAX_TEXT_CHARS);
    }
}
