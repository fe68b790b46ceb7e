package com.skylightchat.tickets.stub.testing.samples;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.stub.testing.TicketsStubInfo;
import com.skylightchat.tickets.stub.testing.TicketsStubTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Declarative form: two tests, one stub; the first leaves a request in the journal. */
@TicketsStubTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class PerClassSample {

    @Test
    @Order(1)
    void first(TicketsStubInfo stub, TicketsClient client) {
        Observations.record("first", stub);
        client.listDepartments();
    }

    @Test
    @Order(2)
    void second(TicketsStubInfo stub) {
        Observations.record("second", stub);
    }
}
