package com.skylightchat.tickets.contract.validation;

import com.skylightchat.tickets.contract.pact.HttpInteraction;
import com.skylightchat.tickets.spec.validation.SpecViolation;

/**
 * One way an interaction of a pact disagrees with the spec.
 *
 * @param source      the pact's file (or other source)
 * @param index       the interaction's position in the pact's {@code interactions} array
 * @param interaction the interaction's description
 * @param violation   what is wrong, and where in the interaction
 */
public record PactViolation(String source, int index, String interaction, SpecViolation violation) {

    /**
     * One line: {@code <source>: interactions[<i>] "<description>": <json path>: <message> [<rule>]}, where the
     * JSON path is inside the interaction ({@code response.body.data.status}).
     */
    public String describe() {
        return source + ": " + HttpInteraction.name(index, interaction) + ": " + violation.describe();
    }

    @Override
    public String toString() {
        return describe();
    }
}
