package com.skylightchat.tickets.stub.verification;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSource;
import au.com.dius.pact.core.model.UnknownPactSource;
import au.com.dius.pact.provider.junitsupport.loader.PactLoader;
import com.skylightchat.tickets.stub.testing.Fixtures;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pacts the provider suite verifies: the pact recorded by contract-tests in this build (the one the stub embeds)
 * plus the hand-written fixtures. Against a real deployment only the recorded pact counts (the fixtures' data exists
 * only in the stub).
 */
public final class VerifiedPacts implements PactLoader {

    /** Hand-written pacts verified besides the recorded one (stub mode only). */
    static final List<Path> FIXTURES = List.of(Fixtures.partnerV3(), Fixtures.partnerV4(), Fixtures.oddMatchers());

    static boolean isRecorded(File file) {
        return file.toPath().equals(Fixtures.recorded());
    }

    @Override
    public List<Pact> load(String providerName) {
        List<Path> files = new ArrayList<>(List.of(Fixtures.recorded()));
        if (!VerificationTarget.fromEnvironment().isRealDeployment()) {
            files.addAll(FIXTURES);
        }
        List<Pact> pacts = new ArrayList<>();
        for (Path file : files) {
            // Pact JVM's own loader, not PactReader: the verifier needs its Pact objects with their file source,
            // and a verification should read the pact exactly as Pact JVM's verifiers do everywhere else.
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
