package com.skylightchat.tickets.stub.testing.samples;

import com.skylightchat.tickets.stub.testing.TicketsStubInfo;
import com.skylightchat.tickets.stub.testing.TicketsStubTest;
import org.junit.jupiter.api.Test;

/** A key given in the annotation wins over the pacts' key. */
@TicketsStubTest(apiKey = "explicit-key")
public class ExplicitKeySample {

    @Test
    void only(TicketsStubInfo stub) {
        Observations.record("only", stub);
    }
}
