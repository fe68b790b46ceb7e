package com.skylightchat.tickets.stub.cli;

import com.skylightchat.tickets.contract.pact.PactDocument;
import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.contract.validation.PactSpecValidator;
import com.skylightchat.tickets.contract.validation.PactViolation;
import com.skylightchat.tickets.spec.TicketsApiSpec;
import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.loader.PactSources;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code --validate}: checks any pact of this provider — ours or a partner team's, V2 to V4, from any Pact
 * implementation, from files or a Pact Broker — against the spec with the contract module's
 * {@link PactSpecValidator}, the check the build runs on the recorded pacts. Prints one line per violation
 * ({@code file: interactions[i] "description": json.path: problem [rule]}) and a summary, and exits 0 when every
 * interaction agrees, 4 when one does not, 3 when a pact cannot be read.
 */
final class PactValidation {

    private PactValidation() {
    }

    static int run(StubConfig config, PrintWriter out, PrintWriter err) {
        List<PactDocument> pacts;
        TicketsApiSpec spec;
        PactSpecValidator validator;
        try {
            pacts = PactSources.of(config.pacts(), config.broker()).documents();
        } catch (PactLoadException e) {
            err.println("Cannot load pacts: " + e.getMessage());
            err.flush();
            return StubMain.EXIT_PACTS;
        }
        try {
            spec = config.replay().spec() == null ? TicketsApiSpec.bundled() : TicketsApiSpec.fromFile(config.replay().spec());
            validator = PactSpecValidator.of(spec); // a YAML file that is not OpenAPI fails here, not above
        } catch (RuntimeException e) {
            err.println("Cannot read the spec: " + e.getMessage());
            err.flush();
            return StubMain.EXIT_USAGE;
        }
        List<PactViolation> violations = validator.validate(pacts);
        violations.forEach(violation -> out.println(violation.describe()));
        int interactions = pacts.stream().mapToInt(pact -> pact.interactions().size()).sum();
        out.println(violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + " in " + interactions
                + " interactions of " + pacts.size() + " pact" + (pacts.size() == 1 ? "" : "s") + ", checked against "
                + (config.replay().spec() == null ? "the bundled tickets-api.yaml" : spec.location()) + " (version "
                + spec.version() + ")");
        out.flush();
        return violations.isEmpty() ? 0 : StubMain.EXIT_VIOLATIONS;
    }
}
