package com.skylightchat.tickets.stub.cli;

/**
 * The command line is not usable: an unknown or repeated option, a stray argument or a value that does not parse.
 * The message names the option and the value; {@link StubMain} prints it with the usage and exits with 2. Our own
 * type, so that {@link StubMain} never mentions the CLI library's classes (see {@link StubCommand#parse}).
 */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
