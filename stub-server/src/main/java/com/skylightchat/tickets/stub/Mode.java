package com.skylightchat.tickets.stub;

/** What answers the API's requests. */
public enum Mode {
    /** The pacts, strictly: a request the contract does not have gets an explained 404. */
    REPLAY,
    /** A stateful in-memory implementation of the six operations, verified against the same pacts and spec. */
    SIMULATE
}
