/**
 * Faults on demand — delays, dropped connections, chosen statuses — for the whole stub, an interaction or a path, so
 * a client's timeouts and retries can be tested against the stub. Set by CLI option, admin endpoint or test.
 */
package com.skylightchat.tickets.stub.faults;
