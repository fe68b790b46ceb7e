package com.skylightchat.tickets.stub.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.stub.testing.TicketsStubTest;
import org.junit.jupiter.api.Test;

/**
 * The trap a stub must not let a test fall into: the code under test asks for a ticket the contract does not have,
 * handles the stub's 404 as "no such ticket", and the test's own assertion passes.
 */
@TicketsStubTest
public class UnmatchedRequestSample {

    @Test
    void looksUpATicketTheContractDoesNotHave(TicketsClient client) {
        String status;
        try {
            status = client.getTicket(15).getStatus().getValue();
        } catch (TicketsClientException e) {
            status = e.isNotFound() ? "missing" : "error";
        }
        assertThat(status).isEqualTo("missing");
    }

    @Test
    void looksUpATicketTheContractHas(TicketsClient client) {
        assertThat(client.listDepartments()).isNotEmpty();
    }
}
