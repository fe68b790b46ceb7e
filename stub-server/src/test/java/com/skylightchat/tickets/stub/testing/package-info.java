/**
 * Shared test helpers: fixture pact locations, a small HTTP client, simulators on random ports and
 * {@link com.skylightchat.tickets.stub.testing.SpecCheckedApi}, which judges every exchange with the spec validator.
 */
package com.skylightchat.tickets.stub.testing;
