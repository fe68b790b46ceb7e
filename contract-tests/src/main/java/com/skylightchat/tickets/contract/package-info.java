/**
 * The contract between the Java client and the SkyLight Tickets API: the pact names the consumer tests record
 * under (the publishing profiles in this module's pom spell the same consumer name). Sub-packages read pacts,
 * validate them against the spec and report coverage.
 */
package com.skylightchat.tickets.contract;
