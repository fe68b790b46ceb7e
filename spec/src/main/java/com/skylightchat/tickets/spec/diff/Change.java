package com.skylightchat.tickets.spec.diff;

import java.util.Objects;

/**
 * One change between the baseline and the spec as a judge sees it.
 *
 * @param where    the place, e.g. {@code POST /tickets request body} or {@code CreateTicketRequest.body(String)}
 * @param what     what happened there, e.g. {@code field 'body' removed}
 * @param breaking whether the judge says it breaks its audience
 */
public record Change(String where, String what, boolean breaking) {

    public Change {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(what, "what");
    }

    /** {@code where: what}, the form the build log and the report use. */
    @Override
    public String toString() {
        return where + ": " + what;
    }
}
