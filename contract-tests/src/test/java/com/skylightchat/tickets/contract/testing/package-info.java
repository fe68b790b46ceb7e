/** Helpers shared by this module's tests: where the spec, the fixtures and the recorded pacts are. */
package com.skylightchat.tickets.contract.testing;
