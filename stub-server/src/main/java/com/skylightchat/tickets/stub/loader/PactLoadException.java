package com.skylightchat.tickets.stub.loader;

/**
 * A pact source could not be turned into interactions. The message always names the file (or classpath
 * resource) and the problem, so the CLI can print it as is and exit with status 3.
 */
public class PactLoadException extends RuntimeException {

    public PactLoadException(String source, String problem) {
        this(source, problem, null);
    }

    public PactLoadException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
