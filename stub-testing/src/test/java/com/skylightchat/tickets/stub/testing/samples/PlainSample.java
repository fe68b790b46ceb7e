package com.skylightchat.tickets.stub.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two tests and no stub: what a test class costs JUnit alone, for comparison. */
public class PlainSample {

    @Test
    void first() {
        assertThat(1 + 1).isEqualTo(2);
    }

    @Test
    void second() {
        assertThat("stub").isNotEmpty();
    }
}
