package com.skylightchat.tickets.spec.lint;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skylightchat.tickets.spec.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step: the same entry point exec-maven-plugin runs in the process-classes phase. */
class SpecLintMainTest {

    @Test
    void passesForACleanDocument(@TempDir Path dir) throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("valid.yaml"), Fixtures.resource("lint/valid-minimal.yaml"));

        // when / then
        assertThatCode(() -> SpecLintMain.main(new String[] {file.toString()})).doesNotThrowAnyException();
    }

    @Test
    void failsNamingFileAndLineForABrokenSpec(@TempDir Path dir) throws IOException {
        // given
        String yaml = Fixtures.resource("lint/dangling-ref.yaml");
        Path file = Files.writeString(dir.resolve("tickets-api.yaml"), yaml);
        int line = Fixtures.lineOf(yaml, "$ref: '#/components/schemas/Thimg'");

        // when / then
        assertThatThrownBy(() -> SpecLintMain.main(new String[] {file.toString()}))
                .isInstanceOf(SpecLintException.class)
                .hasMessageContaining(file + ":" + line + ": [dangling-ref]");
    }

    @Test
    void failsForAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> SpecLintMain.main(new String[] {dir.resolve("nope.yaml").toString()}))
                .isInstanceOf(SpecLintException.class)
                .hasMessageContaining("nope.yaml:0: [missing-file]");
    }
}
