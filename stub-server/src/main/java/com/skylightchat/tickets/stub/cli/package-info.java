/**
 * The command line: {@link com.skylightchat.tickets.stub.cli.StubMain} and the picocli command that turns options
 * into a {@link com.skylightchat.tickets.stub.StubConfig}. The only package allowed to write to stdout.
 */
package com.skylightchat.tickets.stub.cli;
