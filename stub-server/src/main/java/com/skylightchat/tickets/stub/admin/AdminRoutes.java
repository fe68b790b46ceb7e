package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.server.Exchanges;
import com.skylightchat.tickets.stub.server.StubContext;
import io.undertow.server.HttpServerExchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The admin route table (WireMock's {@code AdminRoutes}): maps method + path below {@link StubConfig#ADMIN_PREFIX}
 * to one {@link AdminEndpoint} each. An unknown admin path gets a 404 listing the routes; a known path with
 * another method gets a 405. Thread-safe (the table is immutable).
 */
public final class AdminRoutes {

    private final StubContext context;
    private final Map<String, AdminEndpoint> routes = new LinkedHashMap<>();

    public AdminRoutes(StubContext context) {
        this.context = context;
        List.of(new IndexEndpoint(this), new HealthEndpoint(), new InteractionsEndpoint(), new JournalEndpoint(),
                new JournalResetEndpoint(), new ReloadEndpoint(), new ProviderStateChangeEndpoint(),
                new ProviderStatesEndpoint(), new ProviderStateClearEndpoint())
                .forEach(e -> routes.put(e.method() + " " + e.path(), e));
    }

    /** Answers an admin request; {@code body} is the fully read request body. */
    public void handle(HttpServerExchange exchange, byte[] body) {
        String path = exchange.getRequestPath().length() <= StubConfig.ADMIN_PREFIX.length() ? ""
                : exchange.getRequestPath().substring(StubConfig.ADMIN_PREFIX.length());
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String method = exchange.getRequestMethod().toString().toUpperCase(Locale.ROOT);
        AdminEndpoint endpoint = routes.get(method + " " + path);
        AdminResponse response;
        if (endpoint != null) {
            response = endpoint.handle(new AdminRequest(method, path, exchange.getQueryParameters(), body), context);
        } else {
            response = notRouted(method, path);
        }
        if (response.body() == null) {
            exchange.setStatusCode(response.status());
            exchange.endExchange();
        } else {
            Exchanges.sendJson(exchange, response.status(), response.body());
        }
    }

    private AdminResponse notRouted(String method, String path) {
        List<String> allowed = new ArrayList<>();
        routes.values().stream().filter(e -> e.path().equals(path)).forEach(e -> allowed.add(e.method()));
        Map<String, Object> body = new LinkedHashMap<>();
        if (allowed.isEmpty()) {
            body.put("error", "no admin endpoint " + StubConfig.ADMIN_PREFIX + path);
            body.put("endpoints", index());
            return new AdminResponse(404, body);
        }
        body.put("error", "method " + method + " not allowed on " + StubConfig.ADMIN_PREFIX + path);
        body.put("allowed", allowed);
        return new AdminResponse(405, body);
    }

    /** Every route as {@code "METHOD /__stub/path": description}. */
    Map<String, String> index() {
        Map<String, String> index = new LinkedHashMap<>();
        routes.values().forEach(e -> index.put(e.method() + " " + StubConfig.ADMIN_PREFIX + e.path(),
                e.description()));
        return index;
    }
}
