package com.skylightchat.tickets.stub.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.stub.testing.TicketsStubTest;
import org.junit.jupiter.api.Test;

/** A request the contract lacks, answered by a status fault: the fault changes the answer, not the verdict. */
@TicketsStubTest(faults = "status=503")
public class UnmatchedUnderFaultSample {

    @Test
    void looksUpATicketTheContractDoesNotHaveWhileTheStubFails(TicketsClient client) {
        try {
            client.getTicket(15);
        } catch (TicketsClientException e) {
            assertThat(e.status()).isEqualTo(503);
        }
    }
}
