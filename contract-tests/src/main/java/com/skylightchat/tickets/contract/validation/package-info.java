/**
 * Pacts against the spec: every request and response of every HTTP interaction, of any consumer's pact, must be one
 * the spec documents. The judging is the spec module's {@link com.skylightchat.tickets.spec.validation.SpecValidator};
 * this package adds what is particular to pacts (which interaction, the tolerance for refusals).
 */
package com.skylightchat.tickets.contract.validation;
