package com.skylightchat.tickets.stub.http;

/**
 * Why the stub answered as it did, for the journal and the request log: the interaction that answered (and its
 * provider state), or the reason a request was refused or matched nothing.
 *
 * @param interaction the description of the interaction that answered, or {@code null}
 * @param state       that interaction's provider state, or {@code null}
 * @param reason      for a refusal or a miss, why, in one line (never a secret value); {@code null} otherwise
 * @param unmatched   whether no interaction matched (the request is not in the contract)
 */
public record Outcome(String interaction, String state, String reason, boolean unmatched) {

    public static Outcome answeredBy(String interaction, String state) {
        return new Outcome(interaction, state, null, false);
    }

    public static Outcome refused(String reason) {
        return new Outcome(null, null, reason, false);
    }

    public static Outcome unmatched(String reason) {
        return new Outcome(null, null, reason, true);
    }
}
