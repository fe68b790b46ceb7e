/**
 * Pact JVM provider verification of the stub (or, on request, of a real deployment) against the embedded pacts
 * and the hand-written fixtures.
 */
package com.skylightchat.tickets.stub.verification;
