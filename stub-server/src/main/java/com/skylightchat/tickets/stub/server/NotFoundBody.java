package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.matching.IncomingRequest;
import com.skylightchat.tickets.stub.matching.MatchOutcome;
import com.skylightchat.tickets.stub.matching.NearMiss;
import com.skylightchat.tickets.stub.matching.Secrets;
import com.skylightchat.tickets.stub.matching.SpecViolations;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of a "no interaction matched" 404: the request as received (secret headers masked), up to three
 * nearest interactions with what did not match in plain words, and — with spec validation on — the request's
 * violations of the OpenAPI spec. Never empty, never a stack trace.
 */
final class NotFoundBody {

    private NotFoundBody() {
    }

    static Map<String, Object> of(IncomingRequest request, MatchOutcome.NotMatched outcome, SpecViolations spec) {
        Map<String, Object> body = Exchanges.error("no interaction in the loaded pacts matched this request");
        if (outcome.basePathHint() != null) {
            body.put("hint", outcome.basePathHint());
        }
        body.put("request", received(request));
        List<NearMiss> nearMisses = outcome.nearMisses();
        List<Map<String, Object>> nearest = new ArrayList<>();
        for (NearMiss miss : nearMisses) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("interaction", miss.interaction().description());
            entry.put("source", miss.interaction().source());
            entry.put("providerStates", miss.interaction().providerStates().stream()
                    .map(s -> String.valueOf(s.getName())).toList());
            entry.put("method", miss.interaction().request().getMethod());
            entry.put("path", miss.interaction().request().getPath());
            entry.put("mismatches", miss.reasons());
            nearest.add(entry);
        }
        body.put("nearMisses", nearest);
        if (spec != null) {
            body.put("specViolations", spec.check(request));
        }
        return body;
    }

    static Map<String, Object> received(IncomingRequest request) {
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("method", request.method());
        received.put("path", request.path());
        received.put("query", request.query());
        received.put("headers", Secrets.masked(request.headers()));
        received.put("body", new String(request.body(), StandardCharsets.UTF_8));
        return received;
    }
}
