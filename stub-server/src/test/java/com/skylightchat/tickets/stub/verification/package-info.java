/**
 * Pact JVM provider verification of the stub, or, with {@code tickets.verify.baseUrl}, of a running deployment
 * (the build does that against a stub started as a separate process), against the recorded pact and the
 * hand-written fixtures.
 */
package com.skylightchat.tickets.stub.verification;
