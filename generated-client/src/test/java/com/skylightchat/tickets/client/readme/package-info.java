/**
 * The module README's usage example as compiled code, in a package of its own so that it can use only the
 * client's public API. {@code ReadmeSnippetTest} checks that the README shows it verbatim.
 */
package com.skylightchat.tickets.client.readme;
