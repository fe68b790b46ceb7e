/**
 * The command line: {@link com.skylightchat.tickets.stub.cli.StubMain} (the runnable jar's main),
 * {@code StubCommand} (parses the options with Apache Commons CLI into a
 * {@link com.skylightchat.tickets.stub.StubConfig}), {@code StubOptions} (the option definitions, grouped by
 * concern) and {@code StubHelp} ({@code --help}, {@code --version}). The CLI library is referenced only by the last
 * three, so loading {@code StubMain} at JVM start does not load it. The only package allowed to write to stdout.
 */
package com.skylightchat.tickets.stub.cli;
