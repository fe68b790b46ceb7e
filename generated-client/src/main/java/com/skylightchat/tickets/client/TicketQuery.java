package com.skylightchat.tickets.client;

import com.skylightchat.tickets.client.model.TicketPriority;
import com.skylightchat.tickets.client.model.TicketStatus;

/**
 * The filters and page of a {@code listTickets} call; every part is optional ({@code null} = not sent, so the
 * server's default applies: all statuses and priorities, 25 per page, page 1).
 *
 * <p>The range of {@code perPage} (1–100) and {@code page} (from 1) is left to the server, which answers 422 (see
 * {@link TicketsClientException#isValidationError()}): the spec is the one place that states the rule. Only the
 * generated {@code UNKNOWN_DEFAULT_OPEN_API} sentinel is refused here, because it is not a value of the API.
 *
 * @param status   only tickets with this status, or null
 * @param priority only tickets with this priority, or null
 * @param perPage  tickets per page, or null
 * @param page     page number starting at 1, or null
 */
public record TicketQuery(TicketStatus status, TicketPriority priority, Integer perPage, Integer page) {

    public TicketQuery {
        if (status == TicketStatus.UNKNOWN_DEFAULT_OPEN_API || priority == TicketPriority.UNKNOWN_DEFAULT_OPEN_API) {
            throw new IllegalArgumentException(
                "UNKNOWN_DEFAULT_OPEN_API stands for a value this client does not know; it cannot be a filter");
        }
    }

    /** The same filters and page size, for page {@code page}. */
    TicketQuery withPage(int page) {
        return new TicketQuery(status, priority, perPage, page);
    }

    /** No filter, the server's default page. */
    public static TicketQuery all() {
        return new TicketQuery(null, null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TicketQuery}; unset parts are not sent. */
    public static final class Builder {
        private TicketStatus status;
        private TicketPriority priority;
        private Integer perPage;
        private Integer page;

        private Builder() {
        }

        public Builder status(TicketStatus status) {
            this.status = status;
            return this;
        }

        public Builder priority(TicketPriority priority) {
            this.priority = priority;
            return this;
        }

        public Builder perPage(int perPage) {
            this.perPage = perPage;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public TicketQuery build() {
            return new TicketQuery(status, priority, perPage, page);
        }
    }
}
