/**
 * The contract between the Java client and the SkyLight Tickets API: pact names shared by the consumer tests, the
 * publishing configuration and the stub server. Sub-packages read pacts, validate them against the spec and
 * report coverage.
 */
package com.skylightchat.tickets.contract;
