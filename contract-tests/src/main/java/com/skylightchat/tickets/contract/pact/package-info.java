/**
 * Pact files of this provider, read with Pact JVM's own model: {@link com.skylightchat.tickets.contract.pact.PactFiles}
 * lists them, {@link com.skylightchat.tickets.contract.pact.PactReader} reads V1–V4 documents from any Pact
 * implementation and refuses what cannot be served or validated, naming the file, the interaction and the problem.
 * The stub server loads its pacts with the same classes.
 */
package com.skylightchat.tickets.contract.pact;
