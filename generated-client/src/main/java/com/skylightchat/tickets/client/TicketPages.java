package com.skylightchat.tickets.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of one {@code listTickets} query, each fetched only when the previous one has been consumed, from the
 * query's page (or 1) to the {@code last_page} the latest answer names.
 *
 * <p>A misbehaving server cannot make it loop forever: it stops after an empty page (with offset paging nothing
 * can follow one), fails when an answer is not the page asked for (a server that ignores {@code page} would
 * repeat page 1 endlessly), and fails rather than read past twice the first answer's {@code last_page} (a
 * listing may grow while it is read, but not double). Not thread-safe, like any iterator.
 */
final class TicketPages implements Iterator<TicketsPage> {
    private final IntFunction<TicketsPage> fetch;
    private final ErrorTranslator errors;
    private int next;
    private int limit;
    private boolean done;

    private TicketPages(IntFunction<TicketsPage> fetch, int first, ErrorTranslator errors) {
        this.fetch = fetch;
        this.next = first;
        this.errors = errors;
    }

    /** A lazy, ordered stream of the pages {@code fetch} returns for page numbers from {@code first}. */
    static Stream<TicketsPage> stream(IntFunction<TicketsPage> fetch, int first, ErrorTranslator errors) {
        TicketPages pages = new TicketPages(fetch, first, errors);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages,
            Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() {
        return !done;
    }

    @Override
    public TicketsPage next() {
        if (done) {
            throw new NoSuchElementException("No page after the last one");
        }
        if (limit > 0 && next > limit) {
            done = true;
            throw errors.unusableAnswer(Operation.LIST_TICKETS, "kept naming a later last_page: page " + next
                + " would be past twice the first answer's last_page; paging stopped");
        }
        TicketsPage page = fetch.apply(next);
        if (page.currentPage() != next) {
            done = true;
            throw errors.unusableAnswer(Operation.LIST_TICKETS, "answered page " + page.currentPage()
                + " when asked for page " + next + " (is the page parameter ignored?); paging stopped");
        }
        if (limit == 0) {
            limit = (int) Math.min(Integer.MAX_VALUE, Math.max(next, 2L * page.lastPage())); // no overflow
        }
        done = !page.hasNextPage() || page.tickets().isEmpty();
        next++;
        return page;
    }
}
