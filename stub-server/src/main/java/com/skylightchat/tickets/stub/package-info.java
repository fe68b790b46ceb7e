/**
 * The stub server's public programmatic API: {@link com.skylightchat.tickets.stub.StubConfig} (one immutable record
 * of every option), {@link com.skylightchat.tickets.stub.StubServer} (start, URL, journal, close) and
 * {@link com.skylightchat.tickets.stub.JournalEntry}. Everything else lives in the sub-packages: {@code cli},
 * {@code loader}, {@code matching}, {@code server}, {@code admin}.
 */
package com.skylightchat.tickets.stub;
