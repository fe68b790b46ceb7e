/**
 * The code shown in this module's README, run as tests. Each README block is the region between
 * {@code // snippet:start NAME} and {@code // snippet:end NAME} of one of these files; {@code ReadmeSnippetsTest}
 * requires them to be identical, so the README cannot drift from code that compiles and passes.
 */
package com.skylightchat.tickets.stub.testing.readme;
