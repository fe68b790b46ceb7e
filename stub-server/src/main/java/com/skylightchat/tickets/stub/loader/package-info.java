/**
 * Pact sources to interactions: files, directories, the pacts embedded in the jar at build time, and a Pact Broker
 * ({@link com.skylightchat.tickets.stub.loader.BrokerPacts}: the HAL index, "pacts for verification" with consumer
 * version selectors, the pact documents), all loaded together by
 * {@link com.skylightchat.tickets.stub.loader.PactSources}. Every failure is a
 * {@link com.skylightchat.tickets.contract.pact.PactLoadException} naming the file or URL and the problem (CLI exit 3).
 */
package com.skylightchat.tickets.stub.loader;
