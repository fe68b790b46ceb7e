/**
 * The stub server's public programmatic API: {@link com.skylightchat.tickets.stub.StubConfig} (one immutable record
 * of every option) and {@link com.skylightchat.tickets.stub.StubServer} (start = load, bind, serve; URL, journal,
 * faults, close). The sub-packages are layers, each using only those below it: {@code cli} on top; then this package,
 * which assembles {@code server} (HTTP), {@code admin}, the modes ({@code replay}, {@code simulator}) and
 * {@code faults}; then {@code matching}, {@code journal}, {@code loader}; {@code http} at the bottom.
 * {@code launcher} holds the start-up speed work and wraps the CLI from outside.
 */
package com.skylightchat.tickets.stub;
