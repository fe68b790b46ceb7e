package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.server.StubContext;

import java.util.Map;

/** {@code GET /__stub/}: lists the admin endpoints. */
final class IndexEndpoint implements AdminEndpoint {

    private final AdminRoutes routes;

    IndexEndpoint(AdminRoutes routes) {
        this.routes = routes;
    }

    @Override public String method() { return "GET"; }
    @Override public String path() { return ""; }
    @Override public String description() { return "this list of admin endpoints"; }

    @Override
    public AdminResponse handle(AdminRequest request, StubContext context) {
        return AdminResponse.ok(Map.of("endpoints", routes.index()));
    }
}
