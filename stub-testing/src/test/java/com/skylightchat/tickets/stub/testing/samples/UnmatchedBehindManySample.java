package com.skylightchat.tickets.stub.testing.samples;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.stub.testing.TicketsStubTest;
import org.junit.jupiter.api.Test;

/** One request the contract lacks, then more matched ones than the journal keeps: it is still judged. */
@TicketsStubTest
public class UnmatchedBehindManySample {

    @Test
    void looksUpATicketTheContractDoesNotHaveThenManyItHas(TicketsClient client) {
        try {
            client.getTicket(15);
        } catch (TicketsClientException e) {
            // handled, as code under test would
        }
        for (int i = 0; i < 1_100; i++) {
            client.listDepartments();
        }
    }
}
