package com.skylightchat.tickets.stub.matching;

import com.skylightchat.tickets.spec.TicketsApiSpec;

/**
 * The provider's base path ({@code /api/v1}, the path of the bundled spec's {@code servers[0].url}): every path in
 * the contract starts with it, and a client's base URL ends with it. Read once, on first use.
 */
public final class ContractBasePath {

    private static final class Holder {
        static final String VALUE = TicketsApiSpec.bundled().basePath();
    }

    private ContractBasePath() {
    }

    public static String get() {
        return Holder.VALUE;
    }
}
