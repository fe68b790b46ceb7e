/**
 * Reading pact files as plain JSON (V2, V3 and V4 layouts) into a small model of HTTP interactions, independent of
 * the Pact JVM version that wrote them.
 */
package com.skylightchat.tickets.contract.pact;
