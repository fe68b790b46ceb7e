package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.http.Fault;
import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Outcome;
import com.skylightchat.tickets.stub.http.Responder;
import com.skylightchat.tickets.stub.http.StubResponse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Answers the API's requests from the simulator (simulate mode): route, then {@code X-Api-Key} (401 before anything
 * else, as the provider's authentication runs first), then the operation. Reads of one ticket of ordinary length
 * and the departments are answered on the I/O thread ({@link #quick}: a map read and a few kilobytes of JSON at
 * most, cheaper than a hand-over to a worker); long tickets, lists and changes on a worker. Every answer is JSON, errors in the spec's error shape; a
 * path the spec does not have is journalled as unmatched. Thread-safe.
 */
final class SimulatorResponder implements Responder {

    private static final List<Map.Entry<String, String>> JSON = List.of(Map.entry("Content-Type", "application/json"));

    private final TicketOperations operations;
    private final ApiKeys keys;
    private final Map<ApiRoute.Operation, Outcome> outcomes = new EnumMap<>(ApiRoute.Operation.class);

    SimulatorResponder(TicketOperations operations, ApiKeys keys) {
        this.operations = operations;
        this.keys = keys;
        for (ApiRoute.Operation operation : ApiRoute.Operation.values()) {
            outcomes.put(operation, Outcome.answeredBy("simulator " + operation.operationId, null));
        }
    }

    @Override
    public StubResponse quick(IncomingRequest request) {
        ApiRoute route;
        try {
            route = ApiRoute.of(request.method(), request.path());
        } catch (ApiProblem problem) {
            return refused(problem);
        }
        return operations.isCheap(route) ? answer(request, route) : null;
    }

    @Override
    public StubResponse respond(IncomingRequest request) {
        try {
            return answer(request, ApiRoute.of(request.method(), request.path()));
        } catch (ApiProblem problem) {
            return refused(problem);
        }
    }

    private StubResponse answer(IncomingRequest request, ApiRoute route) {
        try {
            keys.check(request.header("X-Api-Key"));
            TicketOperations.Answer answer = operations.run(route, request);
            return new StubResponse(answer.status(), JSON, answer.body(), outcomes.get(route.operation()), Fault.NONE);
        } catch (ApiProblem problem) {
            return refused(problem);
        }
    }

    private static StubResponse refused(ApiProblem problem) {
        String reason = problem.status() + " " + problem.getMessage();
        boolean notInSpec = problem.status() == 404 && !problem.getMessage().equals(ApiProblem.NOT_FOUND);
        StubResponse response = new StubResponse(problem.status(), JSON, TicketJson.problem(problem),
                notInSpec ? Outcome.unmatched(reason) : Outcome.refused(reason), Fault.NONE);
        return problem.allow() == null ? response : response.withHeader("Allow", problem.allow());
    }
}
