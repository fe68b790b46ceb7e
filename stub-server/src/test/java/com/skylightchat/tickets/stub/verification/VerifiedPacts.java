package com.skylightchat.tickets.stub.verification;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSource;
import au.com.dius.pact.core.model.UnknownPactSource;
import au.com.dius.pact.provider.junitsupport.loader.PactLoader;
import com.skylightchat.tickets.stub.loader.EmbeddedPacts;
import com.skylightchat.tickets.stub.testing.Fixtures;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pacts the provider suite verifies: every pact embedded in this build (recorded by contract-tests) plus the
 * hand-written fixtures. Against a real deployment only the embedded pacts count (the fixtures' data exists
 * only in the stub).
 */
public final class VerifiedPacts implements PactLoader {

    /** Hand-written pacts verified besides the embedded ones (stub mode only). */
    static final List<Path> FIXTURES = List.of(Fixtures.v3(), Fixtures.v4());

    private static List<Path> embedded;

    /**
     * Every embedded pact, copied out of the class path (it is inside the jar when failsafe runs) into a temporary
     * directory so the verifier can name the file; empty when contract-tests recorded none.
     */
    static synchronized List<Path> embedded() {
        if (embedded == null) {
            List<Path> files = new ArrayList<>();
            try {
                Path dir = Files.createTempDirectory("embedded-pacts");
                for (String name : EmbeddedPacts.names()) {
                    try (InputStream in = VerifiedPacts.class.getClassLoader()
                            .getResourceAsStream(EmbeddedPacts.DIRECTORY + name)) {
                        Path file = dir.resolve(Path.of(name).getFileName().toString());
                        Files.copy(in, file);
                        files.add(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the embedded pacts", e);
            }
            embedded = List.copyOf(files);
        }
        return embedded;
    }

    static boolean isEmbedded(File file) {
        return embedded().contains(file.toPath());
    }

    @Override
    public List<Pact> load(String providerName) {
        List<Path> files = new ArrayList<>(embedded());
        if (!VerificationTarget.fromEnvironment().isRealDeployment()) {
            files.addAll(FIXTURES);
        }
        List<Pact> pacts = new ArrayList<>();
        for (Path file : files) {
            Pact pact = DefaultPactReader.INSTANCE.loadPact(new FileSource(file.toFile(), null));
            if (providerName.equals(pact.getProvider().getName())) {
                pacts.add(pact);
            }
        }
        return pacts;
    }

    @Override
    public PactSource getPactSource() {
        return UnknownPactSource.INSTANCE;
    }
}
