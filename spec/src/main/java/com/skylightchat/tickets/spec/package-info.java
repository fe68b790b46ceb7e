/**
 * The SkyLight Chat Support Tickets API contract as a library: {@link com.skylightchat.tickets.spec.TicketsApiSpec}
 * finds and parses the OpenAPI document bundled in this jar (or the repository file the build points at).
 * Sub-packages check it: {@code lint} (well-formedness, examples, house rules) and {@code diff} (breaking changes
 * against the last release).
 */
package com.skylightchat.tickets.spec;
