/**
 * The stub's own model of HTTP, independent of the server library: {@link com.skylightchat.tickets.stub.http.IncomingRequest},
 * {@link com.skylightchat.tickets.stub.http.StubResponse} with its {@link com.skylightchat.tickets.stub.http.Outcome}
 * and {@link com.skylightchat.tickets.stub.http.Fault}, and the {@link com.skylightchat.tickets.stub.http.Responder}
 * every mode implements. The lowest layer: it depends on nothing else of the stub.
 */
package com.skylightchat.tickets.stub.http;
