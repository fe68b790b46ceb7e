/**
 * Helpers of this module's tests: fixture pact locations, a stand-in Pact Broker, simulators on random ports, a
 * latency probe and {@link com.skylightchat.tickets.stub.testing.SpecCheckedApi}, which judges every exchange with
 * the spec validator. Helpers every module shares are in {@code tickets-test-support}.
 */
package com.skylightchat.tickets.stub.testing;
