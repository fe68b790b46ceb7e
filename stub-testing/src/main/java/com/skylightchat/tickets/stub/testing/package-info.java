/**
 * The tickets stub inside a JUnit 5 test, in-process (the WireMock {@code @WireMockTest} experience):
 * {@link com.skylightchat.tickets.stub.testing.TicketsStubTest} on a class, or a registered
 * {@link com.skylightchat.tickets.stub.testing.TicketsStubExtension}; tests receive
 * {@link com.skylightchat.tickets.stub.testing.TicketsStubInfo}, a ready
 * {@link com.skylightchat.tickets.client.TicketsClient} or the base URL. Needs JUnit Jupiter on the test classpath
 * (this module declares it {@code provided}). The container form lives in the {@code containers} sub-package.
 */
package com.skylightchat.tickets.stub.testing;
