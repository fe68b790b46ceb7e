package com.skylightchat.tickets.stub.simulator;

import com.skylightchat.tickets.stub.matching.ContractBasePath;

/**
 * Which of the spec's six operations a request asks for, by method and path under the base path
 * ({@code /api/v1}), and the ticket id in the path. A path the spec does not have is 404, a method the path does not
 * take 405 with {@code Allow}; a ticket id is a positive integer (spec assumption 10), anything else there is no
 * path of the API.
 *
 * @param operation the operation
 * @param id        the ticket id in the path, 0 for operations without one
 */
record ApiRoute(Operation operation, long id) {

    /** The operations, by the spec's operationId. */
    enum Operation {
        LIST_TICKETS("listTickets"), CREATE_TICKET("createTicket"), LIST_DEPARTMENTS("listDepartments"),
        GET_TICKET("getTicket"), REPLY_TO_TICKET("replyToTicket"), CLOSE_TICKET("closeTicket");

        final String operationId;

        Operation(String operationId) {
            this.operationId = operationId;
        }
    }

    static final String PATHS = "GET and POST {base}/tickets, GET {base}/tickets/departments, GET {base}/tickets/{id}, "
            + "POST {base}/tickets/{id}/reply, POST {base}/tickets/{id}/close";

    static ApiRoute of(String method, String path) {
        String base = ContractBasePath.get();
        String rest = path.startsWith(base + "/tickets") ? path.substring(base.length() + "/tickets".length()) : null;
        if ("".equals(rest)) {
            return method.equals("GET") ? new ApiRoute(Operation.LIST_TICKETS, 0)
                    : method.equals("POST") ? new ApiRoute(Operation.CREATE_TICKET, 0) : notAllowed(method, path,
                    "GET, POST");
        }
        if ("/departments".equals(rest)) {
            return on(method, "GET", path, Operation.LIST_DEPARTMENTS, 0);
        }
        String[] parts = rest == null || !rest.startsWith("/") ? new String[0] : rest.substring(1).split("/", -1);
        long id = parts.length == 1 || parts.length == 2 ? ticketId(parts[0]) : 0;
        if (id > 0 && parts.length == 1) {
            return on(method, "GET", path, Operation.GET_TICKET, id);
        }
        if (id > 0 && parts[1].equals("reply")) {
            return on(method, "POST", path, Operation.REPLY_TO_TICKET, id);
        }
        if (id > 0 && parts[1].equals("close")) {
            return on(method, "POST", path, Operation.CLOSE_TICKET, id);
        }
        throw ApiProblem.of(404, "The Tickets API has no " + method + " " + path + ". It has "
                + PATHS.replace("{base}", base) + " (a ticket id is a positive integer).");
    }

    private static ApiRoute on(String method, String allowed, String path, Operation operation, long id) {
        return method.equals(allowed) ? new ApiRoute(operation, id) : notAllowed(method, path, allowed);
    }

    private static ApiRoute notAllowed(String method, String path, String allowed) {
        throw ApiProblem.methodNotAllowed("The Tickets API takes " + allowed + " on " + path + ", not " + method + ".",
                allowed);
    }

    /** The id in a path segment, or 0 when the segment is not a positive integer that fits a long. */
    private static long ticketId(String segment) {
        if (segment.isEmpty() || segment.length() > 18 || !segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        return Long.parseLong(segment);
    }
}
