package com.skylightchat.tickets.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How {@link Retrier} waits between attempts; a seam so that unit tests can record the waits instead. */
@FunctionalInterface
interface Sleeper {
    Sleeper THREAD = wait -> TimeUnit.NANOSECONDS.sleep(wait.toNanos());

    void sleep(Duration wait) throws InterruptedException;
}
