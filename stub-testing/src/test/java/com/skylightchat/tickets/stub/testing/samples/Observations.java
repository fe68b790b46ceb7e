package com.skylightchat.tickets.stub.testing.samples;

import com.skylightchat.tickets.stub.testing.TicketsStubInfo;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the sample tests saw, for the test that ran them to assert on. */
public final class Observations {
    /** One per sample test method, in execution order. */
    public static final List<Seen> SEEN = new CopyOnWriteArrayList<>();

    private Observations() {
    }

    static void record(String test, TicketsStubInfo stub) {
        SEEN.add(new Seen(test, stub.port(), stub.apiKey(), stub.requests().size(), stub.startupTime().toNanos()));
    }

    /**
     * @param test           sample test name
     * @param port           the stub's port
     * @param apiKey         the key the injected client sends
     * @param journalAtStart journal entries when the test began (0 after the per-test reset)
     * @param startupNanos   how long starting that stub took
     */
    public record Seen(String test, int port, String apiKey, int journalAtStart, long startupNanos) {
    }
}
