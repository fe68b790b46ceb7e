package com.skylightchat.tickets.stub.cli;

/**
 * The runnable jar's logging: slf4j-simple to stderr, configured by the {@code simplelogger.properties} the jar
 * carries; only the level comes from the command line. Must run before the first logger is created.
 */
final class Logging {

    private Logging() {
    }

    static void configure(String level) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        // Undertow and XNIO log through JBoss Logging, which would otherwise pick java.util.logging.
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }
}
