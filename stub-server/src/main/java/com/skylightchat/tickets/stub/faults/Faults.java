package com.skylightchat.tickets.stub.faults;

import com.skylightchat.tickets.stub.http.Fault;
import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Json;
import com.skylightchat.tickets.stub.http.Outcome;
import com.skylightchat.tickets.stub.http.StubResponse;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The faults of one stub: set at start-up (CLI options), through {@code /__stub/faults} or from a test, cleared by
 * {@link #clear()}. The first rule that hits an answer applies. Thread-safe.
 */
public final class Faults {

    private record Active(FaultRule rule, AtomicInteger left) {
    }

    private final List<Active> rules = new CopyOnWriteArrayList<>();
    private final Supplier<Collection<String>> interactions;

    /**
     * @param initial      the rules to start with
     * @param interactions the descriptions of the interactions served now, which a rule's {@code interaction} must
     *                     name (simulate mode serves none)
     * @throws IllegalArgumentException when an initial rule names an interaction that is not served
     */
    public Faults(List<FaultRule> initial, Supplier<Collection<String>> interactions) {
        this.interactions = interactions;
        initial.forEach(this::add);
    }

    /** @throws IllegalArgumentException when the rule names an interaction that is not served: it would never hit */
    public void add(FaultRule rule) {
        if (rule.interaction() != null) {
            Collection<String> served = interactions.get();
            if (!served.contains(rule.interaction())) {
                throw new IllegalArgumentException("fault interaction: no interaction is described as '"
                        + rule.interaction() + "'" + (served.isEmpty() ? " (none is served; target a path)"
                        : "; the interactions are " + some(served)));
            }
        }
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

    /** Up to ten descriptions, sorted, and how many there are in all beyond those. */
    private static String some(Collection<String> descriptions) {
        List<String> sorted = descriptions.stream().distinct().sorted().toList();
        return sorted.size() <= 10 ? sorted.toString() : sorted.subList(0, 10) + " and " + (sorted.size() - 10)
                + " more (GET /__stub/interactions lists them all)";
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
