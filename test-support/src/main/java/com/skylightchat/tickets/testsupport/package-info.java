/**
 * Test helpers shared by every module's tests: real sockets on 127.0.0.1, real processes, nothing mocked.
 */
package com.skylightchat.tickets.testsupport;
