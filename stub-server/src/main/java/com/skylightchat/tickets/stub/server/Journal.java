package com.skylightchat.tickets.stub.server;

import com.skylightchat.tickets.stub.JournalEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The journal of recent requests: a fixed-size ring buffer, so memory stays flat under any load (WireMock issue
 * #2731 is what an unbounded request log does). Writers claim a slot with one atomic increment; readers take a
 * best-effort snapshot, newest last. Thread-safe and lock-free.
 */
public final class Journal {

    private final AtomicReferenceArray<JournalEntry> slots;
    private final AtomicLong written = new AtomicLong();
    private volatile long resetAt;

    public Journal(int capacity) {
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    public void record(JournalEntry entry) {
        long sequence = written.getAndIncrement();
        slots.set((int) (sequence % slots.length()), entry);
    }

    /** The kept entries, oldest first (at most {@link #capacity()}). */
    public List<JournalEntry> entries() {
        long end = written.get();
        long start = Math.max(resetAt, end - slots.length());
        List<JournalEntry> result = new ArrayList<>((int) (end - start));
        for (long s = start; s < end; s++) {
            JournalEntry entry = slots.get((int) (s % slots.length()));
            if (entry != null) {
                result.add(entry);
            }
        }
        return result;
    }

    /** Forgets every entry recorded so far. */
    public void reset() {
        long end = written.get();
        for (int i = 0; i < slots.length(); i++) {
            slots.set(i, null);
        }
        resetAt = end;
    }

    /** Requests recorded since start (including those the ring buffer has dropped). */
    public long total() {
        return written.get();
    }

    public int capacity() {
        return slots.length();
    }
}
