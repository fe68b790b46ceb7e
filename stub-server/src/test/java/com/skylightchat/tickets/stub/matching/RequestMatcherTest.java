package com.skylightchat.tickets.stub.matching;

import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.loader.LoadedPacts;
import com.skylightchat.tickets.stub.loader.PactLoader;
import com.skylightchat.tickets.stub.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestMatcherTest {

    private static final LoadedPacts RECORDED = PactLoader.load(List.of(Fixtures.recorded()));
    private final RequestMatcher matcher = new RequestMatcher(RECORDED, 100, MatchBudget.DEFAULT);

    @Test
    void answersAKeyedRequestWithTheRecordedInteraction() {
        MatchOutcome outcome = matcher.match(Requests.get("/api/v1/tickets/departments").withKey().build(), null);

        assertThat(outcome).isInstanceOfSatisfying(MatchOutcome.Matched.class, m -> {
            assertThat(m.interaction().description()).isEqualTo("a request for all departments");
            assertThat(m.state()).isEqualTo("departments Billing, Technical Support and Sales exist");
        });
    }

    @Test
    void neverAnswersARequestWithoutTheApiKey() {
        MatchOutcome outcome = matcher.match(Requests.get("/api/v1/tickets/14").build(), null);

        assertThat(outcome).isInstanceOfSatisfying(MatchOutcome.NotMatched.class, n -> {
            assertThat(n.nearMisses()).hasSize(3);
            assertThat(n.nearMisses().get(0).reasons())
                    .containsExactly("header 'X-Api-Key': missing, the interaction requires it");
            assertThat(n.basePathHint()).isNull();
        });
    }

    @Test
    void doesNotMatchAWrongKeyAndDoesNotRevealTheExpectedOne() {
        MatchOutcome outcome = matcher.match(Requests.get("/api/v1/tickets/14").header("X-Api-Key", "guess").build(),
                null);

        assertThat(outcome).isInstanceOfSatisfying(MatchOutcome.NotMatched.class, n ->
                assertThat(n.nearMisses().get(0).reasons().toString())
                        .contains("does not match").doesNotContain(Fixtures.API_KEY).doesNotContain("guess"));
    }

    @Test
    void reportsTheBodyPathThatDidNotMatch() {
        MatchOutcome outcome = matcher.match(
                Requests.post("/api/v1/tickets/14/reply", "{\"text\": \"hello\"}").withKey().build(), null);

        assertThat(outcome).isInstanceOfSatisfying(MatchOutcome.NotMatched.class, n -> {
            NearMiss nearest = n.nearMisses().get(0);
            assertThat(nearest.interaction().description()).isEqualTo("a reply to the answered ticket 14");
            assertThat(nearest.reasons()).anySatisfy(r -> assertThat(r).startsWith("body $").contains("reply"));
        });
    }

    @Test
    void matchesABodyByTheInteractionsRegexRule() {
        RequestMatcher odd = oddMatchers();

        MatchOutcome outcome = odd.match(
                Requests.post("/api/v1/tickets/14/reply", "{\"reply\": \"Any words\"}").withKey().build(), null);

        assertThat(outcome).isInstanceOfSatisfying(MatchOutcome.Matched.class, m ->
                assertThat(m.interaction().description()).isEqualTo("a reply to ticket 14"));
    }

    @Test
    void letsTheSelectedProviderStateChooseBetweenFullMatches() {
        IncomingRequest request = Requests.get("/api/v1/tickets/14").withKey().build();

        MatchOutcome closed = matcher.match(request, Fixtures.CLOSED);
        MatchOutcome none = matcher.match(request, null);

        assertThat(((MatchOutcome.Matched) closed).interaction().description())
                .isEqualTo("a request for ticket 14 after it was closed");
        assertThat(((MatchOutcome.Matched) none).fullMatches()).isEqualTo(2);
        // Without a state the first full match in load order answers, named by its state.
        assertThat(((MatchOutcome.Matched) none).state())
                .isEqualTo(((MatchOutcome.Matched) none).interaction().firstStateName());
    }

    @Test
    void matchesAPatternedPathThroughItsRegexRule() {
        RequestMatcher odd = oddMatchers();

        MatchOutcome outcome = odd.match(Requests.get("/api/v1/tickets/12345").withKey().build(), null);

        assertThat(outcome).isInstanceOfSatisfying(MatchOutcome.Matched.class, m ->
                assertThat(m.interaction().description()).isEqualTo("a request for any existing ticket by id"));
    }

    @Test
    void matchesTheQueryInAnyOrderButNotWithAWrongValue() {
        MatchOutcome ok = matcher.match(Requests.get("/api/v1/tickets").query("per_page", "50")
                .query("priority", "high").query("page", "1").query("status", "open").withKey().build(), null);
        MatchOutcome wrong = matcher.match(Requests.get("/api/v1/tickets").query("status", "closed")
                .query("priority", "high").query("per_page", "50").query("page", "1").withKey().build(), null);

        assertThat(ok).isInstanceOf(MatchOutcome.Matched.class);
        assertThat(wrong).isInstanceOfSatisfying(MatchOutcome.NotMatched.class, n ->
                assertThat(n.nearMisses().get(0).reasons()).anySatisfy(r ->
                        assertThat(r).startsWith("query parameter 'status'")));
    }

    @Test
    void reportsMalformedJsonInsteadOfABodyMismatch() {
        MatchOutcome outcome = matcher.match(
                Requests.post("/api/v1/tickets/14/reply", "{\"reply\": ").withKey().build(), null);

        assertThat(outcome).isInstanceOfSatisfying(MatchOutcome.MalformedBody.class, m ->
                assertThat(m.reason()).startsWith("malformed JSON at line 1"));
    }

    @Test
    void hintsAtTheBasePathWhenARequestLacksIt() {
        MatchOutcome outcome = matcher.match(Requests.get("/tickets/14").withKey().build(), null);

        assertThat(outcome).isInstanceOfSatisfying(MatchOutcome.NotMatched.class, n ->
                assertThat(n.basePathHint()).startsWith("the contract's paths start with /api/v1, this one does not"));
    }

    @Test
    void suggestsTheClosestInteractionsForAnUnknownPath() {
        MatchOutcome outcome = matcher.match(Requests.get("/api/v1/ticket/14").withKey().build(), null);

        assertThat(outcome).isInstanceOfSatisfying(MatchOutcome.NotMatched.class, n -> {
            assertThat(n.nearMisses()).hasSize(3);
            assertThat(n.nearMisses().get(0).interaction().request().getMethod()).isEqualTo("GET");
            assertThat(n.nearMisses().get(0).reasons()).anySatisfy(r -> assertThat(r).startsWith("path:"));
        });
    }

    @Test
    void cachesDecisionsAndKeepsThemApartByEverythingThatMatters() {
        // given
        RequestMatcher fresh = new RequestMatcher(RECORDED, 100, MatchBudget.DEFAULT);
        IncomingRequest keyed = Requests.get("/api/v1/tickets/14").withKey().build();

        // when
        MatchOutcome first = fresh.match(keyed, Fixtures.ANSWERED);
        MatchOutcome again = fresh.match(Requests.get("/api/v1/tickets/14").withKey().header("Accept", "x").build(),
                Fixtures.ANSWERED);
        MatchOutcome unkeyed = fresh.match(Requests.get("/api/v1/tickets/14").build(), Fixtures.ANSWERED);
        MatchOutcome otherState = fresh.match(keyed, Fixtures.CLOSED);

        // then: an unconstrained header does not split the cache, the key and the state do
        assertThat(again).isSameAs(first);
        assertThat(unkeyed).isInstanceOf(MatchOutcome.NotMatched.class);
        assertThat(otherState).isNotEqualTo(first);
        assertThat(fresh.cachedDecisions()).isEqualTo(3);
    }

    @Test
    void staysBoundedWhenTheCacheIsFull() {
        RequestMatcher small = new RequestMatcher(RECORDED, 20, MatchBudget.DEFAULT);

        for (int i = 0; i < 100; i++) {
            small.match(Requests.get("/api/v1/unrecorded/" + i).withKey().build(), null);
            // clear-when-full: the misses alone never exceed the capacity
            assertThat(small.cachedDecisions()).isLessThanOrEqualTo(20).isPositive();
        }
        for (int i = 0; i < 100; i++) {
            small.match(Requests.get("/api/v1/tickets/" + i).withKey().build(), null);
            // never more than the capacity for matches, and as many for misses
            assertThat(small.cachedDecisions()).isLessThanOrEqualTo(20 + 20);
        }
    }

    @Test
    void aFloodOfMissesNeverEvictsTheDecisionsThatAnswer() {
        RequestMatcher matcher = new RequestMatcher(RECORDED, 100, MatchBudget.DEFAULT);
        IncomingRequest keyed = Requests.get("/api/v1/tickets/14").withKey().build();
        MatchOutcome answered = matcher.match(keyed, Fixtures.ANSWERED);

        for (int i = 0; i < 1_000; i++) {
            matcher.match(Requests.get("/api/v1/scanned/" + i).withKey().build(), null);
        }

        assertThat(answered).isInstanceOf(MatchOutcome.Matched.class);
        assertThat(matcher.remembered(keyed, Fixtures.ANSWERED)).isSameAs(answered);
        assertThat(matcher.cachedDecisions()).isLessThanOrEqualTo(1 + 100);
    }

    @Test
    void servesTheSameDecisionWithoutTheCache() {
        RequestMatcher uncached = new RequestMatcher(RECORDED, 0, MatchBudget.DEFAULT);

        MatchOutcome outcome = uncached.match(Requests.get("/api/v1/tickets/departments").withKey().build(), null);

        assertThat(outcome).isInstanceOf(MatchOutcome.Matched.class);
        assertThat(uncached.cachedDecisions()).isZero();
    }

    private static RequestMatcher oddMatchers() {
        return new RequestMatcher(PactLoader.load(List.of(Fixtures.oddMatchers())), 100, MatchBudget.DEFAULT);
    }
}
