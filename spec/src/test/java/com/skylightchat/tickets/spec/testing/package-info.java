/**
 * Shared test helpers: fixture loading, the repository spec file, edits applied to a copy of a fixture, and the
 * gate's table of change cases.
 */
package com.skylightchat.tickets.spec.testing;
