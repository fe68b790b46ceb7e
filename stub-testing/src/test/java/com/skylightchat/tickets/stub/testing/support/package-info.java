/**
 * Helpers of this module's tests: what the embedded pacts recorded ({@link
 * com.skylightchat.tickets.stub.testing.support.RecordedInteraction}), the README's snippets and the decision whether
 * a container test can run ({@link com.skylightchat.tickets.stub.testing.support.StubImage}). Helpers every module
 * shares are in {@code tickets-test-support}.
 */
package com.skylightchat.tickets.stub.testing.support;
