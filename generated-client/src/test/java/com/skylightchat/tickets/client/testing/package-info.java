/**
 * Test helpers shared by the client's tests: a recording HTTP provider on a random loopback port and the
 * provider reference's example bodies.
 */
package com.skylightchat.tickets.client.testing;
