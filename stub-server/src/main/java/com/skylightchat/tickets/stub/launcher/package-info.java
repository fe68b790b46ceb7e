/**
 * Start-up speed, kept apart: nothing here changes what the stub does, and a reader of the stub can skip it. The
 * launcher script {@code bin/tickets-stub} runs the runnable jar with measured JVM flags and the class-data-sharing
 * archive the build makes with {@link com.skylightchat.tickets.stub.launcher.StartupTraining}.
 */
package com.skylightchat.tickets.stub.launcher;
