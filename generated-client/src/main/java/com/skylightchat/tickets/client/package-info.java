/**
 * The hand-written facade over the client generated from {@code spec/tickets-api.yaml}.
 *
 * <p>{@link com.skylightchat.tickets.client.TicketsClient} is the entry point: one method per API operation,
 * envelopes unwrapped, the {@code X-Api-Key} and {@code User-Agent} headers added to every request, and every
 * failure reported as one unchecked {@link com.skylightchat.tickets.client.TicketsClientException}. Reads can be
 * retried ({@link com.skylightchat.tickets.client.RetryPolicy}, applied by {@code Retrier}), and all pages of a
 * listing streamed lazily ({@code TicketPages}). The models it returns are the generated ones in
 * {@code com.skylightchat.tickets.client.model}; the generated transport ({@code .api}, {@code .invoker}) is an
 * implementation detail whose {@code ApiException} never escapes.
 */
package com.skylightchat.tickets.client;
