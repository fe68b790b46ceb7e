package com.skylightchat.tickets.stub.testing.samples;

import com.skylightchat.tickets.stub.testing.TicketsStubExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Programmatic form in a static field, with a {@code @Nested} class: one stub for both. */
public class StaticFieldNestedSample {

    @RegisterExtension
    static TicketsStubExtension stub = TicketsStubExtension.builder().build();

    @Test
    void outer() {
        Observations.record("outer", stub.info());
    }

    @Nested
    class Inner {
        @Test
        void inner() {
            Observations.record("inner", stub.info());
        }
    }
}
