package com.skylightchat.tickets.stub.loader;

import com.skylightchat.tickets.stub.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.FutureTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PactLoaderTest {

    @Test
    void loadsEveryHttpInteractionOfAV4AndAV3PactInFileOrder() {
        // when
        LoadedPacts pacts = PactLoader.load(List.of(Fixtures.v4(), Fixtures.v3()));

        // then
        assertThat(pacts.sources()).hasSize(2);
        assertThat(pacts.interactions()).hasSize(17);
        assertThat(pacts.interactions().get(0).description()).isEqualTo("a request for ticket 14");
        assertThat(pacts.interactions().get(12).description()).isEqualTo("a request for ticket 14 (web client)");
        assertThat(pacts.interactions()).extracting(StubInteraction::order).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 17).boxed().toList());
    }

    @Test
    void collectsTheProviderStatesWithTheirParams() {
        LoadedPacts pacts = PactLoader.load(List.of(Fixtures.v4()));

        assertThat(pacts.knownStates()).contains(Fixtures.ANSWERED, Fixtures.CLOSED, "ticket 999 does not exist");
        assertThat(pacts.interactions().get(0).providerStates().get(0).getParams())
                .hasEntrySatisfying("id", id -> assertThat(id).hasToString("14"));
    }

    @Test
    void marksPatternedPathsAndConstrainedHeaders() {
        LoadedPacts pacts = PactLoader.load(List.of(Fixtures.v4()));

        StubInteraction exact = pacts.interactions().get(0);
        StubInteraction patterned = pacts.interactions().get(11);
        assertThat(exact.pathPattern()).isNull();
        assertThat(exact.headerNames()).containsExactly("x-api-key");
        assertThat(patterned.pathPattern().pattern()).isEqualTo("^/api/v1/tickets/[0-9]+$");
    }

    @Test
    void expandsADirectoryToItsJsonFilesSortedByName(@TempDir Path dir) throws IOException {
        // given
        Files.copy(Fixtures.v3(), dir.resolve("b.json"));
        Files.copy(Fixtures.v4(), dir.resolve("a.json"));
        Files.writeString(dir.resolve("notes.txt"), "not a pact");

        // when
        LoadedPacts pacts = PactLoader.load(List.of(dir));

        // then
        assertThat(pacts.sources()).containsExactly(dir.resolve("a.json").toString(), dir.resolve("b.json").toString());
    }

    @Test
    void namesTheFileAndTheProblemForTruncatedJson() {
        Path broken = Fixtures.broken("truncated.json");

        assertThatThrownBy(() -> PactLoader.load(List.of(Fixtures.v4(), broken)))
                .isInstanceOf(PactLoadException.class)
                .hasMessageStartingWith(broken + ": not valid JSON");
    }

    @Test
    void namesTheFileForJsonThatIsNotAPact() {
        Path broken = Fixtures.broken("not-a-pact.json");

        assertThatThrownBy(() -> PactLoader.load(List.of(broken)))
                .isInstanceOf(PactLoadException.class)
                .hasMessage(broken + ": not a pact: no \"interactions\" array");
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> PactLoader.load(List.of(missing)))
                .hasMessage(missing + ": no such file or directory");
    }

    @Test
    void rejectsADirectoryWithoutPacts(@TempDir Path dir) {
        assertThatThrownBy(() -> PactLoader.load(List.of(dir)))
                .hasMessage(dir + ": the directory contains no *.json pact files");
    }

    @Test
    void explainsWhenTheBuildEmbeddedNoPacts() {
        // given: a class loader without the index (a build whose contract-tests recorded nothing)
        ClassLoader withoutIndex = new ClassLoader(null) { };

        // when / then
        assertThatThrownBy(() -> EmbeddedPacts.loadNow(withoutIndex))
                .isInstanceOf(PactLoadException.class)
                .hasMessageContaining("this build embedded no pacts")
                .hasMessageContaining("--pact");
    }

    @Test
    void namesAPactTheIndexListsButTheJarLacks(@TempDir Path classes) throws Exception {
        // given
        Path index = classes.resolve(EmbeddedPacts.INDEX);
        Files.createDirectories(index.getParent());
        Files.writeString(index, "gone.json\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            // when / then
            assertThatThrownBy(() -> EmbeddedPacts.loadNow(loader))
                    .isInstanceOf(PactLoadException.class)
                    .hasMessage("classpath:" + EmbeddedPacts.DIRECTORY + "gone.json: listed in "
                            + EmbeddedPacts.INDEX + " but missing");
        }
    }

    @Test
    void theEmbeddedPactsOfThisBuildLoad() {
        assertThat(PactLoader.load(List.of()).interactions()).isNotEmpty();
    }

    @Test
    void theNextEmbeddedLoadTakesTheLoadStartedAheadOnAnotherThreadOnlyOnce() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(EmbeddedPacts.names().isEmpty(), "no embedded pacts");
        @SuppressWarnings("unchecked")
        FutureTask<LoadedPacts> loadAhead = (FutureTask<LoadedPacts>) EmbeddedPacts.loadAhead();
        Thread ahead = new Thread(loadAhead, "ahead");
        ahead.start();
        ahead.join();

        LoadedPacts taken = PactLoader.load(List.of());
        LoadedPacts fresh = PactLoader.load(List.of());

        assertThat(taken).isSameAs(loadAhead.get());
        assertThat(fresh).isNotSameAs(taken);
        assertThat(taken.interactions()).hasSameSizeAs(fresh.interactions());
        assertThat(taken.interactions().get(0).request()).isNotSameAs(fresh.interactions().get(0).request());
        assertThat(taken.sources()).isEqualTo(fresh.sources());
    }
}
