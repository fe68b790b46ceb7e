package com.skylightchat.tickets.client;

/**
 * The six API operations as the spec names them, with method and path template, so that every error message
 * says which call failed without ever printing request headers (and so never the API key).
 */
enum Operation {
    LIST_TICKETS("listTickets", "GET", "/tickets"),
    CREATE_TICKET("createTicket", "POST", "/tickets"),
    GET_TICKET("getTicket", "GET", "/tickets/{id}"),
    REPLY_TO_TICKET("replyToTicket", "POST", "/tickets/{id}/reply"),
    CLOSE_TICKET("closeTicket", "POST", "/tickets/{id}/close"),
    LIST_DEPARTMENTS("listDepartments", "GET", "/tickets/departments");

    private final String operationId;
    private final String method;
    private final String path;

    Operation(String operationId, String method, String path) {
        this.operationId = operationId;
        this.method = method;
        this.path = path;
    }

    /** The spec's {@code operationId}, e.g. {@code getTicket}. */
    String operationId() {
        return operationId;
    }

    /**
     * Whether this is a {@code GET}: a safe method (RFC 9110), so sending it again cannot change anything and
     * {@link Retrier} may. {@code closeTicket} is a {@code POST}: the spec only assumes it is idempotent.
     */
    boolean isSafe() {
        return "GET".equals(method);
    }

    /** {@code getTicket (GET /tickets/{id})}: the prefix of every error message. */
    String describe() {
        return operationId + " (" + method + " " + path + ")";
    }
}
