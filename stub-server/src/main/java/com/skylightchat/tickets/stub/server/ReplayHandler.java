package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.JournalEntry;
import com.skylightchat.tickets.stub.matching.IncomingRequest;
import com.skylightchat.tickets.stub.matching.MatchOutcome;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Answers a request from the pacts: selects the provider state, asks the matcher, writes the interaction's
 * response (or a 404 with near misses, or a 400 for a malformed body or an unknown state), then records the
 * journal entry and the log line (before the response leaves, so a client that reads the journal right after its
 * answer finds its request there). Runs on the I/O thread: every step is CPU-only and short. Thread-safe.
 */
final class ReplayHandler {

    static final HttpString STATE_HEADER = new HttpString("X-Stub-Provider-State");
    static final HttpString NO_MATCH_HEADER = new HttpString("X-Stub-No-Match");

    private final StubContext context;
    private final RequestLog log;

    ReplayHandler(StubContext context) {
        this.context = context;
        this.log = new RequestLog(context.config().requestLog());
    }

    void handle(HttpServerExchange exchange, byte[] body, long startNanos) {
        IncomingRequest request = Exchanges.request(exchange, body);
        ServedPacts served = context.served();
        String stateHeader = request.header(context.config().providerStateHeader());
        if (stateHeader != null && !stateHeader.isBlank() && !served.knows(stateHeader.strip())) {
            String why = "unknown provider state '" + stateHeader.strip() + "'";
            Map<String, Object> answer = Exchanges.error(why);
            answer.put("knownStates", served.knownStates());
            finish(request, 400, null, null, startNanos, why);
            Exchanges.sendJson(exchange, 400, answer);
            return;
        }
        String state = context.states().select(stateHeader);
        MatchOutcome outcome = served.matcher().match(request, state);
        if (outcome instanceof MatchOutcome.Matched matched) {
            Rendered response = served.responses().render(matched.interaction(), context.states().params(),
                    context.baseUrl());
            finish(request, response.status(), matched.interaction().description(), matched.state(), startNanos,
                    null);
            send(exchange, response, matched.state());
        } else if (outcome instanceof MatchOutcome.NotMatched notMatched) {
            Object notFound = NotFoundBody.of(request, notMatched, context.spec());
            long micros = record(request, 404, null, null, startNanos);
            log.notMatched(request.method(), request.path(), notMatched, micros);
            exchange.getResponseHeaders().put(NO_MATCH_HEADER, "true");
            Exchanges.sendJson(exchange, 404, notFound);
        } else if (outcome instanceof MatchOutcome.MalformedBody malformed) {
            Map<String, Object> answer = Exchanges.error("the request body is not valid JSON");
            answer.put("reason", malformed.reason());
            finish(request, 400, null, null, startNanos, malformed.reason());
            Exchanges.sendJson(exchange, 400, answer);
        }
    }

    private static void send(HttpServerExchange exchange, Rendered response, String state) {
        exchange.setStatusCode(response.status());
        for (Map.Entry<String, String> header : response.headers()) {
            exchange.getResponseHeaders().add(HttpString.tryFromString(header.getKey()), header.getValue());
        }
        if (state != null) {
            exchange.getResponseHeaders().put(STATE_HEADER, state);
        }
        exchange.getResponseSender().send(ByteBuffer.wrap(response.body()));
    }

    private void finish(IncomingRequest request, int status, String interaction, String state, long startNanos,
                        String rejection) {
        long micros = record(request, status, interaction, state, startNanos);
        if (rejection == null) {
            log.matched(request.method(), request.path(), status, interaction, state, micros);
        } else {
            log.rejected(request.method(), request.path(), status, rejection, micros);
        }
    }

    private long record(IncomingRequest request, int status, String interaction, String state, long startNanos) {
        long micros = (System.nanoTime() - startNanos) / 1000;
        context.journal().record(new JournalEntry(Instant.now(), request.method(), request.path(), request.query(),
                request.headers(), new String(request.body(), StandardCharsets.UTF_8), status, interaction, state,
                micros));
        return micros;
    }
}
