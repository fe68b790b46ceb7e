/**
 * Request matching: an index by method and path in front of Pact JVM's own matching engine, a bounded cache of
 * decisions, and the plain-words near-miss explanation of a miss (with a tree of paths that keeps it as cheap with
 * 10,000 interactions as with 10, and a budget that bounds its work).
 */
package com.skylightchat.tickets.stub.matching;
