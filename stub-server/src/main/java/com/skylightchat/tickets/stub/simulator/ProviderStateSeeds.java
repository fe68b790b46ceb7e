package com.skylightchat.tickets.stub.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets up the provider states the pacts name, by seeding exactly what the name says: "ticket 14 exists with status
 * answered" puts the reference ticket 14 in that status, "ticket 999 does not exist" removes it, "no tickets exist"
 * empties the store, "open high-priority tickets exist" makes sure one does, "the API key X is not valid" revokes X;
 * the department states check the configured departments. State parameters (e.g. {@code id}) win over the numbers
 * in the name. Setups add to the data; a teardown resets it, so a verifier that tears down starts each interaction
 * from nothing. A state it does not know, or cannot make true, is an {@link IllegalArgumentException} naming it.
 * Thread-safe.
 */
final class ProviderStateSeeds {

    private record Rule(Pattern name, String example, BiConsumer<Matcher, Map<String, Object>> setUp) {
    }

    private final List<Rule> rules;

    ProviderStateSeeds(TicketStore store, ApiKeys keys, List<Department> departments) {
        this.rules = List.of(
                new Rule(Pattern.compile("ticket (\\d+) exists with status (open|answered|closed)"),
                        "ticket 14 exists with status answered", (m, p) -> store.put(ReferenceTicket.with(
                        number(p, "id", m.group(1)), text(p, "status", m.group(2)), "high", departments))),
                new Rule(Pattern.compile("ticket (\\d+) does not exist"), "ticket 999 does not exist",
                        (m, p) -> store.delete(number(p, "id", m.group(1)))),
                new Rule(Pattern.compile("no tickets exist"), "no tickets exist", (m, p) -> store.clear()),
                new Rule(Pattern.compile("(?:(open|answered|closed) )?(?:(low|medium|high)-priority )?tickets exist"),
                        "open high-priority tickets exist", (m, p) -> {
                    String status = text(p, "status", m.group(1) == null ? Ticket.OPEN : m.group(1));
                    String priority = text(p, "priority", m.group(2) == null ? "high" : m.group(2));
                    if (store.page(status, priority, 1, 1).total() == 0) {
                        store.put(ReferenceTicket.with(null, status, priority, departments));
                    }
                }),
                new Rule(Pattern.compile("departments (.+) exist"), "departments Billing, Technical Support and "
                        + "Sales exist", (m, p) -> Arrays.stream(m.group(1).split(", | and ")).forEach(title ->
                        require(departments.stream().anyMatch(d -> d.title().equals(title.strip())),
                                "no department is called '" + title.strip() + "'"))),
                new Rule(Pattern.compile("department (\\d+) is the first available department"),
                        "department 1 is the first available department", (m, p) -> require(
                        departments.get(0).id() == number(p, "departmentId", m.group(1)),
                        "the first department is " + departments.get(0))),
                new Rule(Pattern.compile("department (\\d+) does not exist"), "department 999 does not exist",
                        (m, p) -> require(departments.stream().noneMatch(d -> d.id() == number(p, "departmentId",
                                m.group(1))), "that department is configured")),
                new Rule(Pattern.compile("the API key (.+) is not valid"), "the API key revoked-api-key is not valid",
                        (m, p) -> keys.revoke(text(p, "apiKey", m.group(1)))));
    }

    /** Makes the state true. @throws IllegalArgumentException naming a state it does not know or cannot set up */
    void setUp(String state, Map<String, Object> params) {
        for (Rule rule : rules) {
            Matcher matcher = rule.name().matcher(state.strip());
            if (matcher.matches()) {
                try {
                    rule.setUp().accept(matcher, params);
                } catch (IllegalStateException e) {
                    throw new IllegalArgumentException("the simulator cannot set up provider state '" + state + "': "
                            + e.getMessage(), e);
                }
                return;
            }
        }
        throw new IllegalArgumentException("the simulator knows no provider state '" + state + "'; it sets up: "
                + String.join("; ", examples()));
    }

    /** One example of each kind of state it sets up. */
    List<String> examples() {
        return rules.stream().map(Rule::example).toList();
    }

    private static void require(boolean holds, String otherwise) {
        if (!holds) {
            throw new IllegalStateException(otherwise);
        }
    }

    private static long number(Map<String, Object> params, String name, String fromState) {
        Object value = params.get(name);
        return value instanceof Number n ? n.longValue() : Long.parseLong(value == null ? fromState : value.toString());
    }

    private static String text(Map<String, Object> params, String name, String fromState) {
        Object value = params.get(name);
        return value == null ? fromState : value.toString();
    }
}
