package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.admin.AdminEndpoint;
import com.skylightchat.tickets.stub.http.Responder;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Simulate mode, assembled: an in-memory implementation of the six operations (its own {@link TicketStore}, so
 * every stub has its own data), the responder that serves it, the admin endpoints that seed, list, answer as the
 * support team and reset, and the provider states. Also the programmatic handle for tests that run the stub
 * in-process ({@code StubServer.simulator()}). Thread-safe.
 */
public final class SimulatorMode {

    /** What the simulator holds, as its caps count it. */
    public record Usage(long tickets, long replies, long textChars) {
    }

    private final SimulatorSettings settings;
    private final TicketStore store;
    private final ApiKeys keys;
    private final ProviderStateSeeds seeds;
    private final SimulatorResponder responder;

    public SimulatorMode(SimulatorSettings settings) {
        this(settings, Clock.systemUTC(), new Random());
    }

    SimulatorMode(SimulatorSettings settings, Clock clock, Random random) {
        this.settings = settings;
        this.store = new TicketStore(settings, clock, random);
        this.keys = new ApiKeys(settings.apiKeys());
        this.seeds = new ProviderStateSeeds(store, keys, settings.departments());
        this.responder = new SimulatorResponder(new TicketOperations(store, settings.departments()), keys);
    }

    public Responder responder() {
        return responder;
    }

    public List<AdminEndpoint> adminEndpoints() {
        return List.of(new SimulatorDataEndpoint(this), new SeedTicketEndpoint(this), new AgentReplyEndpoint(store),
                new SimulatorResetEndpoint(this), new SimulatorStateChangeEndpoint(this),
                new SimulatorStatesEndpoint(seeds));
    }

    /** What {@code /__stub/health} reports of this mode. */
    public Map<String, Object> health() {
        Usage usage = usage();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("mode", "simulate");
        health.put("tickets", usage.tickets());
        health.put("replies", usage.replies());
        health.put("maxTickets", settings.maxTickets());
        health.put("maxReplies", settings.maxReplies());
        return health;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public Usage usage() {
        return store.usage();
    }

    /** Every ticket with its replies, newest first. */
    public List<Ticket> tickets() {
        return store.tickets();
    }

    /** Puts a ticket in as given (replacing one with its id). @throws IllegalStateException when a cap is reached */
    public Ticket seed(TicketSeed seed) {
        try {
            return store.put(seed);
        } catch (ApiProblem problem) {
            throw new IllegalStateException(problem.getMessage(), problem);
        }
    }

    /**
     * The support team answers ticket {@code id}: a reply of type {@code admin}, status {@code answered}.
     *
     * @throws IllegalStateException when the ticket does not exist, is closed, or a cap is reached
     */
    public Ticket agentReply(long id, String reply) {
        try {
            return store.reply(id, reply, Reply.ADMIN);
        } catch (ApiProblem problem) {
            throw new IllegalStateException("ticket " + id + ": " + problem.getMessage(), problem);
        }
    }

    /**
     * Seeds what a provider state names.
     *
     * @throws IllegalArgumentException naming a state it does not know or cannot set up (also when it is full)
     */
    public void setUpState(String state, Map<String, Object> params) {
        try {
            seeds.setUp(state, params == null ? Map.of() : params);
        } catch (ApiProblem problem) {
            throw new IllegalArgumentException("the simulator cannot set up provider state '" + state + "': "
                    + problem.getMessage(), problem);
        }
    }

    /** Back to a fresh simulator: no tickets, ids from 1, no revoked keys. */
    public void reset() {
        store.clear();
        keys.clearRevocations();
    }

    TicketStore store() {
        return store;
    }
}
