/**
 * The stub's container image for tests that want the stub out of process (other languages in the same test, a
 * network between services, the exact artefact that is deployed): {@link
 * com.skylightchat.tickets.stub.testing.containers.TicketsStubContainer}, the Testcontainers module for it.
 * Needs {@code org.testcontainers:testcontainers} on the test classpath (this module declares it {@code provided}).
 */
package com.skylightchat.tickets.stub.testing.containers;
