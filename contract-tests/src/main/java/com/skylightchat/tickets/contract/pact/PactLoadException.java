package com.skylightchat.tickets.contract.pact;

/**
 * A pact source could not be read as a pact of HTTP interactions. The message always starts with the source (file,
 * classpath resource or URL), then names the interaction when one is at fault, then the problem.
 */
public class PactLoadException extends RuntimeException {

    public PactLoadException(String source, String problem) {
        this(source, problem, null);
    }

    public PactLoadException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
