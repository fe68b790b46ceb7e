/**
 * Request matching: an index by method and path in front of Pact JVM's own matching engine, a bounded cache of
 * decisions, provider-state selection and the plain-words near-miss explanation used for 404 answers.
 */
package com.skylightchat.tickets.stub.matching;
