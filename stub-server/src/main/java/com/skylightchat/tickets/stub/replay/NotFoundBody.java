package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Json;
import com.skylightchat.tickets.stub.http.Secrets;
import com.skylightchat.tickets.stub.matching.MatchOutcome;
import com.skylightchat.tickets.stub.matching.NearMiss;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of a "no interaction matched" answer: a {@code message} that says it all in one line (a client shows
 * it in its exception), the request as received (secret headers masked), a hint when only the base path is off, up
 * to three nearest interactions with what did not match in plain words, why the explanation was cut if it was, and —
 * with spec validation on — the request's violations of the OpenAPI spec. Never empty, never a stack trace.
 */
final class NotFoundBody {

    static final String ERROR = "no interaction in the loaded pacts matched this request";

    private NotFoundBody() {
    }

    static Map<String, Object> of(IncomingRequest request, MatchOutcome.NotMatched outcome, SpecViolations spec) {
        Map<String, Object> body = Json.error(ERROR);
        body.put("message", summary(request, outcome));
        if (outcome.basePathHint() != null) {
            body.put("hint", outcome.basePathHint());
        }
        body.put("request", received(request));
        List<Map<String, Object>> nearest = new ArrayList<>();
        for (NearMiss miss : outcome.nearMisses()) {
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
        if (outcome.cut() != null) {
            body.put("explanationCut", outcome.cut());
        }
        if (spec != null) {
            body.put("specViolations", spec.check(request));
        }
        return body;
    }

    /** One line: what was asked and the first reason it missed (the log line says the same). */
    static String summary(IncomingRequest request, MatchOutcome.NotMatched outcome) {
        String asked = "no interaction matched " + request.method() + " " + request.path();
        if (outcome.basePathHint() != null) {
            return asked + ": " + outcome.basePathHint();
        }
        if (outcome.nearMisses().isEmpty()) {
            return asked + (outcome.cut() != null ? ": " + outcome.cut() : ": the pacts have no interactions");
        }
        NearMiss nearest = outcome.nearMisses().get(0);
        return asked + "; nearest '" + nearest.interaction().description() + "': " + nearest.reasons().get(0);
    }

    private static Map<String, Object> received(IncomingRequest request) {
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("method", request.method());
        received.put("path", request.path());
        received.put("query", request.query());
        received.put("headers", Secrets.masked(request.headers()));
        received.put("body", new String(request.body(), 0, Math.min(request.body().length, 4096),
                StandardCharsets.UTF_8));
        return received;
    }
}
