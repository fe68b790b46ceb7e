/**
 * The HTTP layer (Undertow, chosen by measurement, see the README): limits, timeouts, body reading within bounds,
 * CORS, faults carried out on the wire, graceful stop. It answers through the
 * {@link com.skylightchat.tickets.stub.http.Responder}s it is given and knows nothing of pacts or admin endpoints.
 */
package com.skylightchat.tickets.stub.server;
