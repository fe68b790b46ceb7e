/**
 * Proof that the pact-publish profile drives the official Pact Maven plugin correctly: against a recording broker
 * on loopback, and against a real {@code pactfoundation/pact-broker} container where Docker has that image.
 */
package com.skylightchat.tickets.contract.publish;
