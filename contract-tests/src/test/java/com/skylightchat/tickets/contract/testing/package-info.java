/**
 * Helpers shared by this module's tests: where the spec, the fixtures and the recorded pacts are, and edited copies
 * of the spec for the scenario tests.
 */
package com.skylightchat.tickets.contract.testing;
