package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.http.Fault;
import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Json;
import com.skylightchat.tickets.stub.http.Outcome;
import com.skylightchat.tickets.stub.http.Responder;
import com.skylightchat.tickets.stub.http.StubResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin route table (WireMock's {@code AdminRoutes}): maps method + path below {@value #PREFIX} to one
 * {@link AdminEndpoint} each, behind the {@link AdminGuard}; a path segment written <code>{name}</code> matches any
 * one segment (the endpoint reads it with {@link AdminRequest#segment}). {@code GET /__stub/} lists the routes; an
 * unknown path gets a 404 listing them; a known path with another method a 405. Runs on worker threads (an endpoint
 * may read files). Thread-safe (the table is immutable).
 */
public final class AdminRoutes implements Responder {

    /** Every admin endpoint lives under this path. */
    public static final String PREFIX = "/__stub/";

    private final AdminGuard guard;
    private final Map<String, AdminEndpoint> routes = new LinkedHashMap<>();

    public AdminRoutes(AdminGuard guard, List<AdminEndpoint> endpoints) {
        this.guard = guard;
        endpoints.forEach(e -> routes.put(e.method() + " " + e.path(), e));
    }

    @Override
    public StubResponse respond(IncomingRequest request) {
        String path = request.path().length() <= PREFIX.length() ? "" : request.path().substring(PREFIX.length());
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        AdminGuard.Refusal refusal = guard.refusal(request, path);
        if (refusal != null) {
            return Json.response(refusal.status(), Json.error(refusal.reason()), Outcome.refused(refusal.reason()));
        }
        AdminResponse response = answer(request, path);
        Outcome outcome = response.status() < 400 ? Outcome.answeredBy("admin " + request.method() + " " + path, null)
                : Outcome.refused("admin: " + response.status());
        StubResponse answer = response.body() == null ? new StubResponse(response.status(), List.of(), new byte[0],
                outcome, Fault.NONE) : Json.response(response.status(), response.body(), outcome);
        return response.status() == 405 ? answer.withHeader("Allow", String.join(", ", allowed(path))) : answer;
    }

    private AdminResponse answer(IncomingRequest request, String path) {
        if (request.method().equals("HEAD")) {
            // HEAD is GET without the body (which the HTTP layer leaves out): load balancers probe health so
            AdminResponse asGet = answer(new IncomingRequest("GET", request.path(), request.query(), request.headers(),
                    request.body()), path);
            return new AdminResponse(asGet.status(), null);
        }
        if (path.isEmpty() && request.method().equals("GET")) {
            return AdminResponse.ok(Map.of("endpoints", index()));
        }
        AdminEndpoint endpoint = routes.get(request.method() + " " + path);
        if (endpoint == null) {
            endpoint = routes.values().stream().filter(e -> e.method().equals(request.method())
                    && matches(e.path(), path)).findFirst().orElse(null);
        }
        if (endpoint == null) {
            return notRouted(request.method(), path);
        }
        try {
            return endpoint.handle(new AdminRequest(path, request));
        } catch (IllegalArgumentException e) {
            return AdminResponse.error(400, e.getMessage());
        }
    }

    private List<String> allowed(String path) {
        List<String> allowed = new ArrayList<>();
        routes.values().stream().filter(e -> matches(e.path(), path)).forEach(e -> allowed.add(e.method()));
        return allowed;
    }

    private AdminResponse notRouted(String method, String path) {
        List<String> allowed = allowed(path);
        if (allowed.isEmpty()) {
            return AdminResponse.error(404, "no admin endpoint " + PREFIX + path, "endpoints", index());
        }
        return AdminResponse.error(405, "method " + method + " not allowed on " + PREFIX + path, "allowed", allowed);
    }

    /** Whether {@code path} is {@code template}, where a <code>{name}</code> segment stands for any one segment. */
    static boolean matches(String template, String path) {
        if (!template.contains("{")) {
            return template.equals(path);
        }
        String[] expected = template.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            boolean variable = expected[i].startsWith("{");
            if (variable ? actual[i].isEmpty() : !expected[i].equals(actual[i])) {
                return false;
            }
        }
        return true;
    }

    /** Every route as {@code "METHOD /__stub/path": description}. */
    private Map<String, String> index() {
        Map<String, String> index = new LinkedHashMap<>();
        index.put("GET " + PREFIX, "this list of admin endpoints");
        routes.values().forEach(e -> index.put(e.method() + " " + PREFIX + e.path(), e.description()));
        return index;
    }
}
