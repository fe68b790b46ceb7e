/**
 * What the stub saw: the bounded {@link com.skylightchat.tickets.stub.journal.Journal} of recent requests, the
 * one-line-per-request log, and {@link com.skylightchat.tickets.stub.journal.Recording}, which feeds both from any
 * responder.
 */
package com.skylightchat.tickets.stub.journal;
