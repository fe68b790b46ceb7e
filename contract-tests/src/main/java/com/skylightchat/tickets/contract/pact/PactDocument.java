package com.skylightchat.tickets.contract.pact;

import java.util.List;

/**
 * One pact as Pact JVM read it, with its HTTP interactions in file order. Immutable apart from Pact JVM's model
 * objects, which readers must not change.
 *
 * @param source       where it came from (file path, classpath resource, URL), as error messages name it
 * @param consumer     the consumer's name
 * @param provider     the provider's name
 * @param interactions the request/response interactions, in file order
 * @param skipped      descriptions of the interactions that are not HTTP (messages), which have no request
 */
public record PactDocument(String source, String consumer, String provider, List<HttpInteraction> interactions,
                           List<String> skipped) {

    public PactDocument {
        interactions = List.copyOf(interactions);
        skipped = List.copyOf(skipped);
    }
}
