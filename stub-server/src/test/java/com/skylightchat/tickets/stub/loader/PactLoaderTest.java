package com.skylightchat.tickets.stub.loader;

import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.stub.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PactLoaderTest {

    private static final int ALL = Fixtures.RECORDED_INTERACTIONS + Fixtures.PARTNER_V3_INTERACTIONS;

    @Test
    void loadsEveryHttpInteractionOfTheRecordedV4AndAPactJsV3PactInFileOrder() {
        // when
        LoadedPacts pacts = PactLoader.load(List.of(Fixtures.recorded(), Fixtures.partnerV3()));

        // then
        assertThat(pacts.sources()).hasSize(2);
        assertThat(pacts.interactions()).hasSize(ALL);
        assertThat(pacts.interactions().get(Fixtures.RECORDED_INTERACTIONS).description())
                .isEqualTo("a request for ticket 14 from the help widget");
        assertThat(pacts.interactions()).extracting(StubInteraction::order)
                .containsExactlyElementsOf(IntStream.range(0, ALL).boxed().toList());
    }

    @Test
    void collectsTheProviderStatesWithTheirParams() {
        LoadedPacts pacts = PactLoader.load(List.of(Fixtures.partnerV3()));

        assertThat(pacts.knownStates()).contains(Fixtures.ANSWERED, "open high-priority tickets exist");
        assertThat(pacts.interactions().get(0).providerStates().get(0).getParams())
                .hasEntrySatisfying("id", id -> assertThat(id).hasToString("14"));
    }

    @Test
    void marksPatternedPathsAndConstrainedHeaders() {
        LoadedPacts pacts = PactLoader.load(List.of(Fixtures.oddMatchers()));

        StubInteraction exact = pacts.interactions().get(0);
        StubInteraction patterned = pacts.interactions().get(2);
        assertThat(exact.pathPattern()).isNull();
        assertThat(exact.headerNames()).containsExactlyInAnyOrder("content-type", "x-api-key");
        assertThat(patterned.pathPattern().pattern()).isEqualTo("^/api/v1/tickets/[0-9]+$");
    }

    @Test
    void expandsADirectoryToItsJsonFilesSortedByName(@TempDir Path dir) throws IOException {
        // given
        Files.copy(Fixtures.partnerV3(), dir.resolve("b.json"));
        Files.copy(Fixtures.recorded(), dir.resolve("a.json"));
        Files.writeString(dir.resolve("notes.txt"), "not a pact");

        // when
        LoadedPacts pacts = PactLoader.load(List.of(dir));

        // then
        assertThat(pacts.sources()).containsExactly(dir.resolve("a.json").toString(), dir.resolve("b.json").toString());
    }

    @Test
    void namesTheFileAndTheProblemForTruncatedJson() {
        Path broken = Fixtures.broken("truncated.json");

        assertThatThrownBy(() -> PactLoader.load(List.of(Fixtures.recorded(), broken)))
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
    void theEmbeddedPactsOfThisBuildAreTheRecordedOnes() {
        LoadedPacts embedded = PactLoader.load(List.of());

        assertThat(embedded.interactions()).hasSize(Fixtures.RECORDED_INTERACTIONS);
        assertThat(embedded.interactions()).allSatisfy(i -> assertThat(i.request().getPath()).startsWith("/api/v1/"));
    }
}
