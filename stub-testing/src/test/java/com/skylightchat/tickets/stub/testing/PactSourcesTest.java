package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PactSourcesTest {

    @Test
    void keepsPlainPathsAsTheyAre() {
        assertThat(PactSources.resolve(new String[] {"src/test/resources/pacts"}, getClass()))
            .containsExactly(Path.of("src/test/resources/pacts"));
    }

    @Test
    void resolvesClasspathResourcesToFilesTheStubCanRead() {
        // when
        Path resolved = PactSources.resolve(new String[] {"classpath:pacts/other-tickets.json"}, getClass()).get(0);

        // then
        assertThat(resolved).isRegularFile();
        assertThat(resolved.getFileName()).hasToString("other-tickets.json");
    }

    @Test
    void copiesAPactInsideAJarToATemporaryFile() {
        // given: a resource that only exists inside a jar (JUnit's own jar serves as one)
        String insideJar = "classpath:org/junit/jupiter/api/Test.class";

        // when
        Path copied = PactSources.resolve(new String[] {insideJar}, getClass()).get(0);

        // then
        assertThat(copied).isRegularFile();
        assertThat(copied.toFile().length()).isPositive();
        assertThat(Files.isDirectory(copied)).isFalse();
    }

    @Test
    void namesTheSourceThatDoesNotExist() {
        assertThatThrownBy(() -> PactSources.resolve(new String[] {"no/such/pacts"}, getClass()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no/such/pacts");
        assertThatThrownBy(() -> PactSources.resolve(new String[] {"classpath:no/such.json"}, getClass()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no/such.json");
    }
}
