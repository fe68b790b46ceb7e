package com.skylightchat.tickets.client;

import java.util.List;
import java.util.Map;

/**
 * The one exception every {@link TicketsClient} method throws (unchecked).
 *
 * <p>For an HTTP error answer, {@link #status()} is the status code and {@link #errorMessage()} /
 * {@link #fieldErrors()} hold the parsed error body ({@code message}, and {@code errors} of a 422). When no answer
 * arrived (timeout, refused connection, interrupted) or a 2xx answer could not be read, {@code status()} is
 * {@code 0}, {@link #isTimeout()} tells timeouts apart, and the cause is the underlying JDK exception.
 *
 * <p>The name cannot clash with a generated model: models live in {@code .client.model}, and no schema is named
 * {@code TicketsClientException}. Messages never contain the API key.
 */
public class TicketsClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operationId;
    private final int status;
    private final String errorMessage;
    private final Map<String, List<String>> fieldErrors;
    private final String responseBody;
    private final boolean timeout;
    private final int attempts;

    TicketsClientException(Operation operation, int status, String message, ErrorBody body, boolean timeout,
                           Throwable cause) {
        super(message, cause);
        this.operationId = operation.operationId();
        this.status = status;
        this.errorMessage = body.message();
        this.fieldErrors = body.fieldErrors();
        this.responseBody = body.raw();
        this.timeout = timeout;
        this.attempts = 1;
    }

    /** {@code last}, reported after {@code attempts} attempts whose story {@code history} tells. */
    TicketsClientException(TicketsClientException last, int attempts, String history) {
        super(last.getMessage() + " " + history, last.getCause());
        this.operationId = last.operationId;
        this.status = last.status;
        this.errorMessage = last.errorMessage;
        this.fieldErrors = last.fieldErrors;
        this.responseBody = last.responseBody;
        this.timeout = last.timeout;
        this.attempts = attempts;
    }

    /** The spec's {@code operationId} of the failed call, e.g. {@code createTicket}. */
    public String operationId() {
        return operationId;
    }

    /** The HTTP status of the error answer, or {@code 0} when there was no (readable) answer. */
    public int status() {
        return status;
    }

    /** {@code 401}: the {@code X-Api-Key} is missing or not valid. */
    public boolean isUnauthorized() {
        return status == 401;
    }

    /** {@code 404}: no ticket with this id exists for the account. */
    public boolean isNotFound() {
        return status == 404;
    }

    /** {@code 422}: the request was rejected; see {@link #fieldErrors()}. */
    public boolean isValidationError() {
        return status == 422;
    }

    /** No answer within the connect or request timeout ({@code status()} is 0). */
    public boolean isTimeout() {
        return timeout;
    }

    /** The error body's {@code message}, or {@code null} when the body had none or was not JSON. */
    public String errorMessage() {
        return errorMessage;
    }

    /** The error body's {@code errors}: each offending field with its messages; empty, never null. */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    /**
     * How many times the call was sent: 1 unless a {@link RetryPolicy} retried it. The other fields describe the
     * last attempt; the message lists every attempt.
     */
    public int attempts() {
        return attempts;
    }

    /** The raw error body as received, or {@code null} when there was none. */
    public String responseBody() {
        return responseBody;
    }
}
