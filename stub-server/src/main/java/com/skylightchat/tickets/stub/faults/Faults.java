package com.skylightchat.tickets.stub.faults;

import com.skylightchat.tickets.stub.http.Fault;
import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Json;
import com.skylightchat.tickets.stub.http.Outcome;
import com.skylightchat.tickets.stub.http.StubResponse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults of one stub: set at start-up (CLI options), through {@code /__stub/faults} or from a test, cleared by
 * {@link #clear()}. The first rule that hits an answer applies. Thread-safe.
 */
public final class Faults {

    private record Active(FaultRule rule, AtomicInteger left) {
    }

    private final List<Active> rules = new CopyOnWriteArrayList<>();

    public Faults(List<FaultRule> initial) {
        initial.forEach(this::add);
    }

    public void add(FaultRule rule) {
        rules.add(new Active(rule, new AtomicInteger(rule.times())));
    }

    public void clear() {
        rules.clear();
    }

    public List<FaultRule> rules() {
        return rules.stream().map(Active::rule).toList();
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The answer with the first hitting rule applied, or the answer as it is. */
    StubResponse apply(IncomingRequest request, StubResponse response) {
        for (Active active : rules) {
            if (active.rule().hits(request.path(), response.outcome().interaction()) && take(active)) {
                return applied(active.rule(), response);
            }
        }
        return response;
    }

    private boolean take(Active active) {
        if (active.rule().times() == 0) {
            return true;
        }
        if (active.left().getAndDecrement() > 0) {
            return true;
        }
        rules.remove(active); // used up
        return false;
    }

    private static StubResponse applied(FaultRule rule, StubResponse response) {
        StubResponse answer = response;
        if (rule.status() != 0) {
            String why = "fault injected: status " + rule.status();
            // The fault replaces the answer, not the verdict: a request the contract lacks stays unmatched.
            Outcome verdict = response.outcome().unmatched()
                    ? Outcome.unmatched(response.outcome().reason() + " (answered with the " + why + ")")
                    : Outcome.refused(why);
            answer = Json.response(rule.status(), Json.error(why), verdict);
            if (rule.retryAfterSeconds() >= 0) {
                answer = answer.withHeader("Retry-After", String.valueOf(rule.retryAfterSeconds()));
            }
        }
        long jitter = rule.jitter().toMillis();
        Duration delay = rule.delay().plusMillis(jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(jitter + 1));
        return answer.withFault(new Fault(delay, rule.drop()));
    }
}
