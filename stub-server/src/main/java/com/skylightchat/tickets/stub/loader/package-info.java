/**
 * Pact sources to interactions: files, directories and the pacts embedded in the jar at build time. Every failure
 * is a {@link com.skylightchat.tickets.contract.pact.PactLoadException} naming the file and the problem (CLI exit 3).
 */
package com.skylightchat.tickets.stub.loader;
