package com.skylightchat.tickets.stub.journal;

import com.skylightchat.tickets.stub.http.IncomingRequest;
import com.skylightchat.tickets.stub.http.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTest {

    private static JournalEntry entry(String path) {
        return new JournalEntry(Instant.now(), "GET", path, Map.of(), Map.of(), "", 0, false, 200, null, null, null,
                false, 1);
    }

    @Test
    void keepsOnlyTheNewestEntriesOldestFirst() {
        Journal journal = new Journal(3, 16);

        for (int i = 1; i <= 5; i++) {
            journal.record(entry("/" + i));
        }

        assertThat(journal.entries()).extracting(JournalEntry::path).containsExactly("/3", "/4", "/5");
        assertThat(journal.total()).isEqualTo(5);
    }

    @Test
    void forgetsEverythingOnReset() {
        Journal journal = new Journal(3, 16);
        journal.record(entry("/1"));

        journal.reset();
        journal.record(entry("/2"));

        assertThat(journal.entries()).extracting(JournalEntry::path).containsExactly("/2");
    }

    @Test
    void staysBoundedUnderConcurrentWriters() throws InterruptedException {
        Journal journal = new Journal(100, 16);
        Thread[] writers = new Thread[4];
        for (int t = 0; t < writers.length; t++) {
            writers[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    journal.record(entry("/x"));
                }
            });
            writers[t].start();
        }
        for (Thread writer : writers) {
            writer.join();
        }

        assertThat(journal.entries()).hasSize(100);
        assertThat(journal.total()).isEqualTo(40_000);
    }

    @Test
    void keepsAtMostTheConfiguredBodyBytesAndSaysItCut() {
        // given
        Journal journal = new Journal(3, 16);
        byte[] body = "x".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        // when
        journal.record(new IncomingRequest("POST", "/big", Map.of(), Map.of(), body), 404,
                Outcome.unmatched("no"), 5);

        // then
        JournalEntry entry = journal.entries().get(0);
        assertThat(entry.body()).hasSize(16);
        assertThat(entry.bodyBytes()).isEqualTo(1000);
        assertThat(entry.bodyTruncated()).isTrue();
        assertThat(entry.unmatched()).isTrue();
    }
}
