package com.skylightchat.tickets.client;

import static com.skylightchat.tickets.client.testing.ReferenceBodies.ticketsPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skylightchat.tickets.client.model.Ticket;
import com.skylightchat.tickets.client.model.TicketStatus;
import com.skylightchat.tickets.testsupport.CannedResponse;
import com.skylightchat.tickets.testsupport.RecordedRequest;
import com.skylightchat.tickets.client.testing.RecordingProvider;
import com.skylightchat.tickets.client.testing.TestClients;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code allTickets}: every page of a query from a real server, lazily, and no endless loop on a bad server. */
class TicketPagingIT {
    private static final TicketQuery OPEN_BY_TWO = TicketQuery.builder().status(TicketStatus.OPEN).perPage(2).build();

    @RegisterExtension
    final RecordingProvider provider = new RecordingProvider();

    @Test
    void streamsEveryTicketOfEveryPageInOrder() {
        // given: 5 open tickets, 2 per page
        onPage(1, ticketsPage(1, 3, 2, 5, 101, 102));
        onPage(2, ticketsPage(2, 3, 2, 5, 103, 104));
        onPage(3, ticketsPage(3, 3, 2, 5, 105));
        // when
        var ids = provider.client().allTickets(OPEN_BY_TWO).map(Ticket::getId).collect(Collectors.toList());
        // then
        assertThat(ids).containsExactly(101L, 102L, 103L, 104L, 105L);
        assertThat(provider.server().requests()).extracting(RecordedRequest::rawQuery).containsExactly(
            "status=open&per_page=2&page=1", "status=open&per_page=2&page=2", "status=open&per_page=2&page=3");
    }

    @Test
    void fetchesAPageOnlyWhenItsTicketsAreNeeded() {
        onPage(1, ticketsPage(1, 3, 2, 5, 101, 102));
        onPage(2, ticketsPage(2, 3, 2, 5, 103, 104));

        var firstThree = provider.client().allTickets(OPEN_BY_TWO).limit(3).map(Ticket::getId)
            .collect(Collectors.toList());

        assertThat(firstThree).containsExactly(101L, 102L, 103L);
        assertThat(provider.server().requests()).hasSize(2);
    }

    @Test
    void startsAtTheQuerysPageAndShowsThePagesThemselves() {
        onPage(2, ticketsPage(2, 3, 2, 5, 103, 104));
        onPage(3, ticketsPage(3, 3, 2, 5, 105));

        var pages = provider.client().pages(TicketQuery.builder().status(TicketStatus.OPEN).perPage(2).page(2).build())
            .map(page -> page.currentPage() + "/" + page.lastPage() + ":" + page.tickets().size())
            .collect(Collectors.toList());

        assertThat(pages).containsExactly("2/3:2", "3/3:1");
    }

    @Test
    void stopsAtAnEmptyPageWhateverLastPageClaims() {
        onPage(1, ticketsPage(1, 9, 2, 18, 101, 102));
        onPage(2, ticketsPage(2, 9, 2, 18));

        assertThat(provider.client().allTickets(OPEN_BY_TWO).count()).isEqualTo(2);
        assertThat(provider.server().requests()).hasSize(2);
    }

    @Test
    void failsInsteadOfFollowingALastPageThatKeepsGrowing() {
        // given: every page claims there is one more
        for (int page = 1; page <= 10; page++) {
            onPage(page, ticketsPage(page, page + 1, 2, 2 * page + 2, 100 + 2 * page, 101 + 2 * page));
        }
        // when
        TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
            () -> provider.client().allTickets(OPEN_BY_TWO).count());
        // then: the first answer said 2 pages; 4 were read, the 5th not asked for
        assertThat(provider.server().requests()).hasSize(4);
        assertThat(e).hasMessage("listTickets (GET /tickets) kept naming a later last_page: page 5 would be past"
            + " twice the first answer's last_page; paging stopped");
    }

    @Test
    void failsWhenTheServerIgnoresThePageParameter() {
        provider.server().willAnswer(CannedResponse.json(200, ticketsPage(1, 3, 2, 5, 101, 102)));

        TicketsClientException e = catchThrowableOfType(TicketsClientException.class,
            () -> provider.client().allTickets(OPEN_BY_TWO).count());

        assertThat(provider.server().requests()).hasSize(2);
        assertThat(e.status()).isZero();
        assertThat(e).hasMessage("listTickets (GET /tickets) answered page 1 when asked for page 2"
            + " (is the page parameter ignored?); paging stopped");
    }

    @Test
    void aPageThatFailsOnceIsRetriedWithARetryPolicy() {
        onPage(1, ticketsPage(1, 2, 2, 3, 101, 102));
        provider.server().willAnswerInTurn("GET", "/tickets?status=open&per_page=2&page=2",
            CannedResponse.json(503, "{\"message\":\"Service Unavailable\"}"),
            CannedResponse.json(200, ticketsPage(2, 2, 2, 3, 103)));
        TicketsClient client = TestClients.builderFor(provider.server())
            .retries(RetryPolicy.attempts(2).withBackoff(Duration.ofMillis(10), Duration.ofMillis(10))).build();

        assertThat(client.allTickets(OPEN_BY_TWO).map(Ticket::getId)).containsExactly(101L, 102L, 103L);
        assertThat(provider.server().requests()).hasSize(3);
    }

    private void onPage(int page, String body) {
        provider.server().willAnswer("GET", "/tickets?status=open&per_page=2&page=" + page,
            CannedResponse.json(200, body));
    }
}
