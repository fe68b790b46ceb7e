package com.skylightchat.tickets.stub.matching;

import java.util.function.Predicate;

/**
 * Says so when a request missed only because its path lacks the provider's base path ({@code /tickets/14} where the
 * contract has {@code /api/v1/tickets/14}) or has it twice ({@code /api/v1/api/v1/tickets/14}) — the usual mistake of
 * a client whose base URL is the origin, or the origin plus the base path plus the base path again. The base path is
 * the bundled spec's ({@link ContractBasePath}). Thread-safe.
 */
final class BasePathHint {

    private BasePathHint() {
    }

    /**
     * @param path       the request's path
     * @param inContract whether the contract has interactions for a path (same method)
     * @return the hint, or {@code null} when the base path is not the problem
     */
    static String of(String path, Predicate<String> inContract) {
        String base = ContractBasePath.get();
        if (base.isEmpty()) {
            return null;
        }
        if (!path.startsWith(base + "/") && inContract.test(base + path)) {
            return "the contract's paths start with " + base + ", this one does not: " + base + path
                    + " is in the contract (is the client's base URL missing " + base + "?)";
        }
        if (path.startsWith(base + base + "/") && inContract.test(path.substring(base.length()))) {
            return "the contract's paths start with " + base + ", this one has it twice: "
                    + path.substring(base.length()) + " is in the contract";
        }
        return null;
    }
}
