package com.skylightchat.tickets.stub.replay;

import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Json;
import com.skylightchat.tickets.stub.http.Outcome;
import com.skylightchat.tickets.stub.http.Responder;
import com.skylightchat.tickets.stub.http.StubResponse;
import com.skylightchat.tickets.stub.matching.MatchBudget;
import com.skylightchat.tickets.stub.matching.MatchOutcome;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Answers requests from the pacts (replay mode): selects the provider state, asks the matcher, and answers with the
 * interaction's recorded response, or a 404 explaining the near misses, or a 400 for a malformed body or an unknown
 * state. A decision the matcher remembers is answered on the I/O thread ({@link #quick}); everything else on a
 * worker, heavy bodies rationed (see {@link MatchBudget}). Thread-safe.
 */
public final class PactReplay implements Responder {

    static final String NO_MATCH_HEADER = "X-Stub-No-Match";
    private static final long HEAVY_WAIT_MILLIS = 2000;

    private final PactSet pacts;
    private final ProviderStates states;
    private final ReplaySettings settings;
    private final SpecViolations spec;
    private final Supplier<String> origin;
    /** Comparisons of heavy bodies running at once: one per core, less one left for everything else. */
    private final Semaphore heavy = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

    /**
     * @param spec   the spec check for misses, or {@code null} when spec validation is off
     * @param origin the stub's own URL, for response generators that name it (known once the port is bound)
     */
    public PactReplay(PactSet pacts, ProviderStates states, ReplaySettings settings, SpecViolations spec,
                      Supplier<String> origin) {
        this.pacts = pacts;
        this.states = states;
        this.settings = settings;
        this.spec = spec;
        this.origin = origin;
    }

    @Override
    public StubResponse quick(IncomingRequest request) {
        ServedPacts served = pacts.current();
        String state = state(request, served);
        if (state == null && request.header(settings.providerStateHeader()) != null) {
            return null; // an unknown state: answered by respond()
        }
        MatchOutcome known = served.matcher().remembered(request, state);
        return known instanceof MatchOutcome.Matched matched ? rendered(request, served, matched) : null;
    }

    @Override
    public StubResponse respond(IncomingRequest request) {
        ServedPacts served = pacts.current();
        String stateHeader = request.header(settings.providerStateHeader());
        if (stateHeader != null && !stateHeader.isBlank() && !served.knows(stateHeader.strip())) {
            String why = "unknown provider state '" + stateHeader.strip() + "'";
            Map<String, Object> answer = Json.error(why);
            answer.put("knownStates", served.knownStates());
            // A state the contract does not have: no interaction can answer, as for any other miss.
            return Json.response(400, answer, Outcome.unmatched(why));
        }
        if (request.body().length > MatchBudget.HEAVY_BODY_BYTES) {
            return rationed(request, served);
        }
        return answer(request, served.matcher().match(request, state(request, served)), served);
    }

    /** Waits for a turn to compare a heavy body; without one in time, a 503 that says so (and when to retry). */
    private StubResponse rationed(IncomingRequest request, ServedPacts served) {
        try {
            if (!heavy.tryAcquire(HEAVY_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                String why = "the stub is busy comparing other large bodies (over " + MatchBudget.HEAVY_BODY_BYTES
                        + " bytes) with the pacts; try again";
                return Json.response(503, Json.error(why), Outcome.refused(why)).withHeader("Retry-After", "1");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Json.response(503, Json.error("interrupted"), Outcome.refused("interrupted"));
        }
        try {
            return answer(request, served.matcher().match(request, state(request, served)), served);
        } finally {
            heavy.release();
        }
    }

    private StubResponse answer(IncomingRequest request, MatchOutcome outcome, ServedPacts served) {
        if (outcome instanceof MatchOutcome.Matched matched) {
            return rendered(request, served, matched);
        }
        if (outcome instanceof MatchOutcome.NotMatched notMatched) {
            return Json.response(settings.noMatchStatus(), NotFoundBody.of(request, notMatched, spec),
                    Outcome.unmatched(NotFoundBody.summary(request, notMatched))).withHeader(NO_MATCH_HEADER, "true");
        }
        MatchOutcome.MalformedBody malformed = (MatchOutcome.MalformedBody) outcome;
        Map<String, Object> answer = Json.error("the request body is not valid JSON");
        answer.put("reason", malformed.reason());
        return Json.response(400, answer, Outcome.unmatched("the request body is not valid JSON: "
                + malformed.reason()));
    }

    /** The state the request selects, or {@code null} for none (or for an unknown one in its header). */
    private String state(IncomingRequest request, ServedPacts served) {
        String fromHeader = request.header(settings.providerStateHeader());
        String state = states.select(fromHeader, request.header(ProviderStates.SESSION_HEADER));
        return fromHeader != null && !fromHeader.isBlank() && !served.knows(state) ? null : state;
    }

    private StubResponse rendered(IncomingRequest request, ServedPacts served, MatchOutcome.Matched matched) {
        return served.responses().render(matched.interaction(), matched.state(),
                states.params(request.header(ProviderStates.SESSION_HEADER), matched.state()), origin.get());
    }
}
