/** Shared test helpers: fixture loading, the repository spec file, and edits applied to a copy of it. */
package com.skylightchat.tickets.spec.testing;
