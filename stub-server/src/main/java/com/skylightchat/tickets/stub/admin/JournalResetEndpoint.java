package com.skylightchat.tickets.stub.admin;

import com.skylightchat.tickets.stub.journal.Journal;

/** {@code DELETE /__stub/journal}: forgets the recorded requests; 204. */
public final class JournalResetEndpoint implements AdminEndpoint {

    private final Journal journal;

    public JournalResetEndpoint(Journal journal) {
        this.journal = journal;
    }

    @Override public String method() { return "DELETE"; }
    @Override public String path() { return "journal"; }
    @Override public String description() { return "clear the journal"; }

    @Override
    public AdminResponse handle(AdminRequest request) {
        journal.reset();
        return AdminResponse.noContent();
    }
}
