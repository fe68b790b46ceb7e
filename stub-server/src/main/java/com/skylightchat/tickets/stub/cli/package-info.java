/**
 * The command line: {@link com.skylightchat.tickets.stub.cli.StubMain} (the runnable jar's main: parse, start, print
 * the one start-up line, serve until stopped), {@code StubCommand} (Apache Commons CLI parsing into a
 * {@link com.skylightchat.tickets.stub.StubConfig}), {@code StubOptions} (the options, grouped by concern),
 * {@code StubHelp} and {@code PactValidation} ({@code --validate}). The only package allowed to write to stdout.
 */
package com.skylightchat.tickets.stub.cli;
