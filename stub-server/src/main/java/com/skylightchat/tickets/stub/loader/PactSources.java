package com.skylightchat.tickets.stub.loader;

import com.skylightchat.tickets.contract.pact.PactDocument;
import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.contract.pact.PactReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every pact source of one stub, loaded together: the pact files and directories, then the pacts a Pact Broker
 * selects; or, when neither is configured, the pacts embedded at build time. {@link #get()} loads them all again
 * (start, reload, watch, broker refresh) and fails as a whole, so a partial set is never served. Thread-safe.
 */
public final class PactSources implements Supplier<LoadedPacts> {

    private final List<Path> files;
    private final BrokerPacts broker;

    private PactSources(List<Path> files, BrokerPacts broker) {
        this.files = List.copyOf(files);
        this.broker = broker;
    }

    /**
     * @param files  pact files or directories, possibly none
     * @param broker the Pact Broker to read from, or {@code null} for none
     */
    public static PactSources of(List<Path> files, BrokerSettings broker) {
        return new PactSources(files, broker == null ? null : new BrokerPacts(broker));
    }

    /** @throws PactLoadException naming the file or URL, the interaction where one is at fault, and the problem */
    @Override
    public LoadedPacts get() {
        return PactLoader.of(documents());
    }

    /** The documents as read, files first (load order is the last tie-break between matches), e.g. to validate. */
    public List<PactDocument> documents() {
        if (files.isEmpty() && broker == null) {
            return EmbeddedPacts.documents();
        }
        List<PactDocument> documents = new ArrayList<>(PactReader.readAll(files));
        if (broker != null) {
            documents.addAll(broker.fetch());
        }
        return documents;
    }

    /** For {@code /__stub/health}: {@code broker} and its {@link BrokerPacts#status()}, when there is a broker. */
    public Map<String, Object> describe() {
        return broker == null ? Map.of() : Map.of("broker", broker.status());
    }
}
