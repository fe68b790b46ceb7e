package com.skylightchat.tickets.client;

import com.skylightchat.tickets.client.model.CreateTicketRequest;
import com.skylightchat.tickets.client.model.TicketPriority;
import java.util.Objects;

/**
 * What {@link TicketsClient#createTicket(NewTicket)} sends. {@code subject} and {@code body} are required;
 * {@code priority} and {@code departmentId} are sent only when set, so the server applies its documented defaults
 * ({@code medium}; the first available department).
 *
 * <p>Content rules (non-empty, at most 255 characters, known department) are the server's to judge: a violation
 * comes back as a 422 with {@link TicketsClientException#fieldErrors()}.
 *
 * @param subject      the ticket's subject line
 * @param body         the initial message; it becomes the ticket's first reply
 * @param priority     how urgent, or null for the server default
 * @param departmentId the department to route to, or null for the server default
 */
public record NewTicket(String subject, String body, TicketPriority priority, Long departmentId) {

    public NewTicket {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (priority == TicketPriority.UNKNOWN_DEFAULT_OPEN_API) {
            throw new IllegalArgumentException("UNKNOWN_DEFAULT_OPEN_API is not a priority the API accepts");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The generated request model. The generated class defaults {@code priority} to {@code MEDIUM}; it is reset to
     * null when not chosen so that the JSON body carries exactly what the caller set.
     */
    CreateTicketRequest toRequest() {
        return new CreateTicketRequest().subject(subject).body(body).priority(priority).departmentId(departmentId);
    }

    /** Builds a {@link NewTicket}; {@code build()} fails when subject or body is missing. */
    public static final class Builder {
        private String subject;
        private String body;
        private TicketPriority priority;
        private Long departmentId;

        private Builder() {
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder priority(TicketPriority priority) {
            this.priority = priority;
            return this;
        }

        public Builder departmentId(long departmentId) {
            this.departmentId = departmentId;
            return this;
        }

        public NewTicket build() {
            return new NewTicket(subject, body, priority, departmentId);
        }
    }
}
