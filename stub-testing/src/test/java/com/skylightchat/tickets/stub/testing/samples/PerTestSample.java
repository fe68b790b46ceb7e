package com.skylightchat.tickets.stub.testing.samples;

import com.skylightchat.tickets.stub.testing.TicketsStubExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Programmatic form in an instance field: a stub of its own for each test. */
public class PerTestSample {

    @RegisterExtension
    TicketsStubExtension stub = TicketsStubExtension.builder().build();

    @Test
    void first() {
        Observations.record("first", stub.info());
    }

    @Test
    void second() {
        Observations.record("second", stub.info());
    }
}
