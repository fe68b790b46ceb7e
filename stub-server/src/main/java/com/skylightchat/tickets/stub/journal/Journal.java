package com.skylightchat.tickets.stub.journal;

import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Outcome;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    /** Unmatched requests since the last reset: counted all, the first {@code capacity} kept, beyond the ring. */
    private final AtomicLong unmatchedCount = new AtomicLong();
    private final ConcurrentLinkedQueue<JournalEntry> unmatchedKept = new ConcurrentLinkedQueue<>();

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
        if (entry.unmatched() && unmatchedCount.getAndIncrement() < slots.length()) {
            unmatchedKept.add(entry);
        }
    }

    /**
     * The unmatched requests since the last reset, oldest first: kept apart from the ring of recent entries, so
     * none is lost behind later matched ones (at most {@link #capacity()}; {@link #unmatchedCount()} counts all).
     */
    public List<JournalEntry> unmatched() {
        return List.copyOf(unmatchedKept);
    }

    /** How many requests matched nothing since the last reset, including those beyond {@link #unmatched()}. */
    public long unmatchedCount() {
        return unmatchedCount.get();
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
        unmatchedKept.clear();
        unmatchedCount.set(0);
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
