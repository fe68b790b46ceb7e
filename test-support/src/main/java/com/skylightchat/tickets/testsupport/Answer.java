package com.skylightchat.tickets.testsupport;

/**
 * What {@link LoopbackHttpServer} does with a request: answer it ({@link CannedResponse}) or close the connection
 * without a word ({@link #droppedConnection()}), as a crashing server or a proxy cutting an idle connection does.
 */
public sealed interface Answer permits CannedResponse, Answer.DroppedConnection {

    /** Closes the connection after reading the request, before sending any byte of a response. */
    static Answer droppedConnection() {
        return new DroppedConnection();
    }

    /** The dropped connection: nothing to configure. */
    record DroppedConnection() implements Answer {
    }
}
