package com.skylightchat.tickets.contract;

/**
 * The pacticipant names, in one place: the consumer tests record pacts under them, the broker knows the
 * pacticipants by them, and the pact file is named after them ({@value #PACT_FILE}).
 */
public final class ContractNames {

    /** The Java client generated from the spec, as a Pact consumer. */
    public static final String CONSUMER = "skylight-tickets-java-client";

    /** The SkyLight Chat Support Tickets API, as a Pact provider. */
    public static final String PROVIDER = "skylight-tickets-api";

    /** The file Pact JVM writes for this pair: {@code <consumer>-<provider>.json}. */
    public static final String PACT_FILE = CONSUMER + "-" + PROVIDER + ".json";

    private ContractNames() {
    }
}
