package com.skylightchat.tickets.stub.cli;

/**
 * The command line is not usable: an unknown or repeated option, a stray argument or a value that does not convert.
 * The message names the option and the value; {@link StubMain} prints it with the usage and exits with 2.
 */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
