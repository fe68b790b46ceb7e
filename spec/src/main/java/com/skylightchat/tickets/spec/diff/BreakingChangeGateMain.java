package com.skylightchat.tickets.spec.diff;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line and build step:
 * {@code BreakingChangeGateMain --baseline <released.yaml> --current <spec.yaml> --report <api-changes.md>}.
 *
 * <p>Always writes the report; then fails by throwing {@link BreakingChangeException} (never {@code System.exit},
 * because exec-maven-plugin runs it inside the Maven JVM and turns the exception into a build failure).
 */
public final class BreakingChangeGateMain {

    private BreakingChangeGateMain() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        TicketsApiSpec baseline = TicketsApiSpec.fromFile(Path.of(options.get("--baseline")));
        TicketsApiSpec current = TicketsApiSpec.fromFile(Path.of(options.get("--current")));
        Path report = Path.of(options.get("--report"));

        GateResult result = new BreakingChangeGate().evaluate(baseline, current);
        ChangeReport.write(result, report);
        String summary = "API change gate: " + result.baselineVersion() + " -> " + result.currentVersion() + ": "
                + result.verdict() + " (report: " + report + ")";
        if (!result.passes()) {
            StringBuilder message = new StringBuilder(summary).append(System.lineSeparator())
                    .append("The spec breaks existing clients but info.version's major number was not raised:");
            result.breakingChanges().forEach(change -> message.append(System.lineSeparator()).append("  - ").append(change));
            throw new BreakingChangeException(message.toString());
        }
        System.out.println(summary);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : new String[] {"--baseline", "--current", "--report"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException(
                        "usage: BreakingChangeGateMain --baseline <file> --current <file> --report <file>; missing " + required);
            }
        }
        return options;
    }
}
