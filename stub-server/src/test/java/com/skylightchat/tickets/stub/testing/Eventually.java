package com.skylightchat.tickets.stub.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something a background thread does (a refresh, a watch): polls every 20 ms up to a deadline. */
public final class Eventually {

    private Eventually() {
    }

    /** @throws AssertionError naming {@code what} when the condition does not hold within {@code timeout} */
    public static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toMillis() + " ms: " + what);
            }
            Thread.sleep(20);
        }
    }
}
