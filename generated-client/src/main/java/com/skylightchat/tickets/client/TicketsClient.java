package com.skylightchat.tickets.client;

import com.skylightchat.tickets.client.api.DepartmentsApi;
import com.skylightchat.tickets.client.api.TicketsApi;
import com.skylightchat.tickets.client.invoker.ApiClient;
import com.skylightchat.tickets.client.model.CreateTicketRequest;
import com.skylightchat.tickets.client.model.Department;
import com.skylightchat.tickets.client.model.ReplyRequest;
import com.skylightchat.tickets.client.model.Ticket;
import com.skylightchat.tickets.client.model.TicketWithReplies;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The SkyLight Chat Support Tickets API: one method per operation of {@code spec/tickets-api.yaml}, each
 * returning the generated model with the {@code {"success":true,"data":...}} envelope removed.
 *
 * <p>Every request carries {@code X-Api-Key} and {@code User-Agent: skylight-tickets-java-client/<version>}.
 * Every failure is a {@link TicketsClientException}; reads can be retried ({@link Builder#retries}, off by
 * default), writes never are. Instances are immutable and thread-safe; share one.
 * {@link #toString()} never shows the API key.
 */
public final class TicketsClient {
    /** The production base URL, as in the spec's {@code servers}. */
    public static final String DEFAULT_BASE_URL = "https://dashboard.skylightchat.com/api/v1";

    private final TicketsApi tickets;
    private final DepartmentsApi departments;
    private final ErrorTranslator errors;
    private final Retrier calls;
    private final TicketsClientSettings settings;

    private TicketsClient(TicketsClientSettings settings) {
        this.settings = settings;
        ApiClient apiClient = settings.apiClient();
        this.tickets = new TicketsApi(apiClient);
        this.departments = new DepartmentsApi(apiClient);
        this.errors = new ErrorTranslator(apiClient.getObjectMapper(), settings.apiKey(),
            settings.effectiveConnectTimeout(), settings.requestTimeout());
        this.calls = new Retrier(settings.retries(), errors);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code GET /tickets}: the first page of all tickets, server defaults for everything. */
    public TicketsPage listTickets() {
        return listTickets(TicketQuery.all());
    }

    /** {@code GET /tickets?status=&priority=&per_page=&page=}: one page of tickets matching {@code query}. */
    public TicketsPage listTickets(TicketQuery query) {
        Objects.requireNonNull(query, "query");
        return TicketsPage.from(calls.run(Operation.LIST_TICKETS, () -> nonNull(Operation.LIST_TICKETS,
            tickets.listTickets(query.status(), query.priority(), query.perPage(), query.page()))));
    }

    /**
     * Every ticket matching {@code query}'s filters, page after page from its page (or 1) to the last, as a lazy
     * stream: a page is fetched only when the tickets before it have been consumed, so {@code limit} or
     * {@code findFirst} stop early. Each page is one {@link #listTickets(TicketQuery)} call (and retried like one);
     * a failure is thrown from the stream's terminal operation. Offset paging: tickets created or changed while the
     * stream is read can be missed or seen twice.
     */
    public Stream<Ticket> allTickets(TicketQuery query) {
        return pages(query).flatMap(page -> page.tickets().stream());
    }

    /** Like {@link #allTickets(TicketQuery)}, page by page (with {@code total}, {@code lastPage}, ...). */
    public Stream<TicketsPage> pages(TicketQuery query) {
        Objects.requireNonNull(query, "query");
        return TicketPages.stream(page -> listTickets(query.withPage(page)), query.page() != null ? query.page() : 1,
            errors);
    }

    /** {@code POST /tickets}: opens a ticket; the answer is the new ticket (201). */
    public Ticket createTicket(NewTicket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return createTicket(ticket.toRequest());
    }

    /** {@code POST /tickets} with the generated request model, sent as it is. */
    public Ticket createTicket(CreateTicketRequest request) {
        Objects.requireNonNull(request, "request");
        return data(Operation.CREATE_TICKET, () -> tickets.createTicket(request), r -> r.getData());
    }

    /** {@code GET /tickets/{id}}: the ticket with its replies, oldest first. */
    public TicketWithReplies getTicket(long id) {
        return data(Operation.GET_TICKET, () -> tickets.getTicket(id), r -> r.getData());
    }

    /** {@code POST /tickets/{id}/reply}: adds a reply; the answer is the ticket with all its replies. */
    public TicketWithReplies replyToTicket(long id, String reply) {
        Objects.requireNonNull(reply, "reply");
        ReplyRequest request = new ReplyRequest().reply(reply);
        return data(Operation.REPLY_TO_TICKET, () -> tickets.replyToTicket(id, request), r -> r.getData());
    }

    /** {@code POST /tickets/{id}/close}: closes the ticket (idempotent); the answer is the closed ticket. */
    public Ticket closeTicket(long id) {
        return data(Operation.CLOSE_TICKET, () -> tickets.closeTicket(id), r -> r.getData());
    }

    /** {@code GET /tickets/departments}: every department, for {@code department_id}. */
    public List<Department> listDepartments() {
        return List.copyOf(data(Operation.LIST_DEPARTMENTS, departments::listDepartments, r -> r.getData()));
    }

    /** The base URL requests go to, without a trailing slash. */
    public URI baseUrl() {
        return settings.baseUrl();
    }

    @Override
    public String toString() {
        return "TicketsClient" + settings;
    }

    private <E, T> T data(Operation operation, ApiCall<E> call, Function<E, T> unwrap) {
        E envelope = calls.run(operation, () -> nonNull(operation, call.call()));
        T data = unwrap.apply(envelope);
        if (data == null) {
            throw errors.emptyAnswer(operation);
        }
        return data;
    }

    private <E> E nonNull(Operation operation, E envelope) {
        if (envelope == null) {
            throw errors.emptyAnswer(operation);
        }
        return envelope;
    }

    /**
     * Configures a {@link TicketsClient}. Only {@link #apiKey(String)} is required; defaults: base URL
     * {@value TicketsClient#DEFAULT_BASE_URL}, connect timeout 10 s, request timeout 30 s, a new {@link HttpClient},
     * no retries.
     */
    public static final class Builder {
        private URI baseUrl = URI.create(DEFAULT_BASE_URL);
        private String apiKey;
        private Duration connectTimeout = TicketsClientSettings.DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = TicketsClientSettings.DEFAULT_REQUEST_TIMEOUT;
        private HttpClient httpClient;
        private RetryPolicy retries = RetryPolicy.none();

        private Builder() {
        }

        /** E.g. {@code https://dashboard.skylightchat.com/api/v1}; the operation paths are appended to it. */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            return baseUrl(URI.create(baseUrl.strip()));
        }

        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = TicketsClientSettings.checkBaseUrl(baseUrl);
            return this;
        }

        /** The account's API key, sent as {@code X-Api-Key}; required and not blank. */
        public Builder apiKey(String apiKey) {
            this.apiKey = TicketsClientSettings.checkApiKey(apiKey);
            return this;
        }

        /** How long to wait for a connection; ignored when {@link #httpClient(HttpClient)} is given. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = TicketsClientSettings.checkPositive(connectTimeout, "connectTimeout");
            return this;
        }

        /** How long to wait for each response, from sending the request to the response headers. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = TicketsClientSettings.checkPositive(requestTimeout, "requestTimeout");
            return this;
        }

        /** A client of your own (proxy, TLS, executor); it is used as it is. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Retries the {@code GET} operations after a {@code 429}, a {@code 503} or a failed connection, e.g.
         * {@code RetryPolicy.attempts(3)}; see {@link RetryPolicy}. Default: {@link RetryPolicy#none()}.
         */
        public Builder retries(RetryPolicy retries) {
            this.retries = Objects.requireNonNull(retries, "retries");
            return this;
        }

        /** @throws IllegalStateException when no API key was given */
        public TicketsClient build() {
            if (apiKey == null) {
                throw new IllegalStateException("apiKey is required: TicketsClient.builder().apiKey(\"...\")");
            }
            return new TicketsClient(new TicketsClientSettings(baseUrl, apiKey, connectTimeout, requestTimeout,
                httpClient, retries));
        }

        @Override
        public String toString() {
            return "TicketsClient.Builder[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "****")
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", retries=" + retries
                + "]";
        }
    }
}
