package com.skylightchat.tickets.stub.journal;

import com.skylightchat.tickets.stub.http.Checks;

/**
 * What the stub remembers and logs of the requests it receives.
 *
 * @param size         requests the journal keeps (a ring buffer)
 * @param maxBodyBytes body bytes kept per journal entry (the rest is cut, and the entry says so)
 * @param requestLog   whether every request is logged (one line, INFO)
 */
public record JournalSettings(int size, int maxBodyBytes, boolean requestLog) {

    public JournalSettings {
        Checks.range("journalSize", size, 1, 1_000_000);
        Checks.range("journalBodyBytes", maxBodyBytes, 0, 16 * 1024 * 1024);
    }
}
