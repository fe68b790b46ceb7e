package com.skylightchat.tickets.contract.pact;

import java.nio.file.Path;

/** A pact file that is not readable JSON or lacks what every pact has; the message names the file. */
public class PactFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PactFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }

    public PactFormatException(Path file, String problem) {
        this(file, problem, null);
    }
}
