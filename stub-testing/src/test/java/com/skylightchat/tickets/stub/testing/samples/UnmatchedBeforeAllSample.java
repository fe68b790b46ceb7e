package com.skylightchat.tickets.stub.testing.samples;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.stub.testing.TicketsStubTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A request the contract lacks, sent while setting up the class: the first test fails, saying when it was sent. */
@TicketsStubTest
public class UnmatchedBeforeAllSample {

    @BeforeAll
    static void warmUp(TicketsClient client) {
        try {
            client.getTicket(15);
        } catch (TicketsClientException e) {
            // handled, as code under test would
        }
    }

    @Test
    void doesNothingWrongItself() {
    }
}
