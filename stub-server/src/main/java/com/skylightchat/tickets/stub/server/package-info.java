/**
 * The HTTP layer (Undertow, chosen by measurement, see the README): limits, timeouts, CORS, the replay handler,
 * the journal ring buffer and the one-line-per-request log.
 */
package com.skylightchat.tickets.stub.server;
