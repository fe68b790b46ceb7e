package com.skylightchat.tickets.stub.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Json;
import com.skylightchat.tickets.stub.http.JsonSyntax;

import java.io.IOException;

/**
 * Reads a request's JSON body: none is an empty object (so the 422 names the missing fields), a body in another
 * content type is 415, a malformed one 400 saying where it breaks (line and column).
 */
final class RequestBody {

    private RequestBody() {
    }

    static JsonNode json(IncomingRequest request) {
        if (request.body().length == 0) {
            return Json.mapper().createObjectNode();
        }
        if (!request.isJson()) {
            throw ApiProblem.of(415, "The body must be JSON, sent with Content-Type: application/json (was "
                    + request.contentType() + ").");
        }
        String problem = JsonSyntax.problem(request.body());
        if (problem != null) {
            throw ApiProblem.of(400, "The body is not valid JSON: " + problem + ".");
        }
        try {
            return Json.mapper().readTree(request.body());
        } catch (IOException e) {
            throw ApiProblem.of(400, "The body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
