package com.skylightchat.tickets.contract.pact;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.SynchronousRequestResponse;

/**
 * One HTTP interaction of a pact and its position in the document's {@code interactions} array, so that a message
 * about it can say {@code interactions[3]} and mean the same entry a reader of the file finds.
 *
 * @param index    position in the pact's interactions (messages included)
 * @param exchange Pact JVM's model of the interaction
 */
public record HttpInteraction(int index, SynchronousRequestResponse exchange) {

    public String description() {
        return exchange.getDescription();
    }

    public IRequest request() {
        return exchange.getRequest();
    }

    public IResponse response() {
        return exchange.getResponse();
    }

    /** {@code interactions[3] "a request for ticket 14"}: how messages name it. */
    public String name() {
        return name(index, description());
    }

    /** The same for an interaction known only by its position and description. */
    public static String name(int index, String description) {
        return "interactions[" + index + "] \"" + description + "\"";
    }
}
