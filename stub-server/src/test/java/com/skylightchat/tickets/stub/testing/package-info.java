/** Shared test helpers: fixture pact locations and a small HTTP client. */
package com.skylightchat.tickets.stub.testing;
