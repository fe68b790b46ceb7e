package com.skylightchat.tickets.stub.journal;

import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Outcome;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The journal of recent requests: a fixed number of entries, each keeping at most a fixed number of body bytes, so
 * its memory is bounded by configuration, whatever the traffic (WireMock issue #2731 is what an unbounded request
 * log does). Writers claim a slot with one atomic increment; readers take a best-effort snapshot, newest last.
 * Thread-safe and lock-free.
 */
public final class Journal {

    private final AtomicReferenceArray<JournalEntry> slots;
    private final int maxBodyBytes;
    private final AtomicLong written = new AtomicLong();
    private volatile long resetAt;

    /**
     * @param capacity     entries kept
     * @param maxBodyBytes body bytes kept per entry (the rest is cut, and the entry says so)
     */
    public Journal(int capacity, int maxBodyBytes) {
        this.slots = new AtomicReferenceArray<>(capacity);
        this.maxBodyBytes = maxBodyBytes;
    }

    public void record(IncomingRequest request, int status, Outcome outcome, long micros) {
        byte[] body = request.body();
        String kept = new String(body.length <= maxBodyBytes ? body : Arrays.copyOf(body, maxBodyBytes),
                StandardCharsets.UTF_8);
        record(new JournalEntry(Instant.now(), request.method(), request.path(), request.query(), request.headers(),
                kept, body.length, body.length > maxBodyBytes, status, outcome.interaction(), outcome.state(),
                outcome.reason(), outcome.unmatched(), micros));
    }

    void record(JournalEntry entry) {
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

    public int maxBodyBytes() {
        return maxBodyBytes;
    }
}
