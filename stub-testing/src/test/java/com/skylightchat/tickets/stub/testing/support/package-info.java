/**
 * Helpers shared by this module's tests: what the embedded pacts recorded ({@link
 * com.skylightchat.tickets.stub.testing.support.RecordedInteraction}), plain HTTP calls ({@link
 * com.skylightchat.tickets.stub.testing.support.Http}), an HTTP client for the generated client that judges every
 * exchange with the spec validator ({@link com.skylightchat.tickets.stub.testing.support.SpecCheckingHttpClient})
 * and the decision whether a container test can run ({@link com.skylightchat.tickets.stub.testing.support.StubImage}).
 */
package com.skylightchat.tickets.stub.testing.support;
