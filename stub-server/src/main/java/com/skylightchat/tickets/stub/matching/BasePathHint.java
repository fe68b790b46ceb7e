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
        String meant = contractPath(path, inContract);
        if (meant == null) {
            return null;
        }
        String base = ContractBasePath.get();
        return meant.length() < path.length()
                ? "the contract's paths start with " + base + ", this one has it twice: " + meant
                        + " is in the contract"
                : "the contract's paths start with " + base + ", this one does not: " + meant
                        + " is in the contract (is the client's base URL missing " + base + "?)";
    }

    /** The path the request meant, with the base path once, when that one is in the contract; else {@code null}. */
    static String contractPath(String path, Predicate<String> inContract) {
        String base = ContractBasePath.get();
        if (base.isEmpty()) {
            return null;
        }
        if (!path.startsWith(base + "/") && inContract.test(base + path)) {
            return base + path;
        }
        if (path.startsWith(base + base + "/") && inContract.test(path.substring(base.length()))) {
            return path.substring(base.length());
        }
        return null;
    }
}
