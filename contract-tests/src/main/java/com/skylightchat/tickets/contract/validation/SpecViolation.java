package com.skylightchat.tickets.contract.validation;

/**
 * One way a recorded interaction disagrees with the spec.
 *
 * @param pactFile    file name of the pact
 * @param interaction the interaction's description
 * @param exchange    what the interaction does, e.g. {@code POST /tickets -> 201}
 * @param part        {@code request} or {@code response}
 * @param rule        the validator's rule key, e.g. {@code validation.response.status.unknown}
 * @param message     the validator's explanation
 */
public record SpecViolation(String pactFile, String interaction, String exchange, String part, String rule,
                            String message) {

    /** One line naming file, interaction, part and rule, then the explanation. */
    public String describe() {
        return pactFile + " › \"" + interaction + "\" (" + exchange + ") › " + part + " › [" + rule + "] " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
