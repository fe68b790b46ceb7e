package com.skylightchat.tickets.stub.testing.samples;

import com.skylightchat.tickets.stub.testing.TicketsStubTest;
import org.junit.jupiter.api.Test;

/** Names a pact directory that does not exist: the class must fail before any test runs. */
@TicketsStubTest(pacts = "no/such/pact-dir")
public class MissingPactsSample {

    @Test
    void never() {
        Observations.SEEN.add(new Observations.Seen("never", 0, "", 0, 0));
    }
}
