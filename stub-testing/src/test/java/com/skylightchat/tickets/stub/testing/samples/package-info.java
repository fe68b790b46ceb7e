/**
 * Test classes that are not run on their own (their names match no Surefire/Failsafe pattern): lifecycle tests
 * run them through the JUnit Platform test kit and read what they wrote into {@link
 * com.skylightchat.tickets.stub.testing.samples.Observations}.
 */
package com.skylightchat.tickets.stub.testing.samples;
