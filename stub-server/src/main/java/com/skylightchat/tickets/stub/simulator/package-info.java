/**
 * Simulate mode: a stateful in-memory implementation of the Tickets API's six operations, following the provider's
 * reference and the spec's stated assumptions, for teams that test their application's flows (create, reply,
 * close, list) rather than their client's contract. {@link com.skylightchat.tickets.stub.simulator.SimulatorMode}
 * assembles it: the {@code TicketStore} (immutable tickets, one lock for changes, caps), the operations and their
 * input checks, the JSON the spec's schemas name, the admin endpoints (seed, list, agent reply, reset) and the
 * provider states, so that Pact JVM's verifier proves it against the same pacts the replay mode serves.
 */
package com.skylightchat.tickets.stub.simulator;
