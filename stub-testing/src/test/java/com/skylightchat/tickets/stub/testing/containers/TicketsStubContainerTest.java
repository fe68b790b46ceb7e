package com.skylightchat.tickets.stub.testing.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.utility.DockerImageName;

/** How the container is configured; nothing here needs a Docker engine. */
class TicketsStubContainerTest {
    private static final DockerImageName IMAGE = DockerImageName.parse("skylight/tickets-stub:test");

    @Test
    void listensOnEveryInterfaceOnPort8080WithAnAdminTokenAndServesTheEmbeddedPactsByDefault() {
        try (TicketsStubContainer stub = new TicketsStubContainer(IMAGE)) {
            assertThat(stub.stubCommand()).containsExactly("--host", "0.0.0.0", "--port", "8080", "--admin-token",
                stub.getAdminToken());
            assertThat(stub.getAdminToken()).matches("[0-9a-f]{32}");
            assertThat(stub.getExposedPorts()).containsExactly(8080);
        }
    }

    @Test
    @SuppressWarnings("deprecation") // the only public view of what will be copied, short of starting a container
    void copiesEachGivenPactSourceToItsOwnDirectoryAndPassesItWithPact(@TempDir Path dir) throws IOException {
        // given
        Path pactDir = Files.createDirectories(dir.resolve("pacts"));
        Path pactFile = Files.writeString(dir.resolve("extra.json"), "{}");

        // when
        try (TicketsStubContainer stub = new TicketsStubContainer(IMAGE).withPacts(pactDir).withPacts(pactFile)
            .withStubArguments("--cors")) {

            // then
            assertThat(stub.stubCommand()).containsExactly("--host", "0.0.0.0", "--port", "8080",
                "--admin-token", stub.getAdminToken(), "--pact", "/pacts/1", "--pact", "/pacts/2/extra.json", "--cors");
            assertThat(stub.getCopyToFileContainerPathMap().values())
                .containsExactlyInAnyOrder("/pacts/1", "/pacts/2/extra.json");
        }
    }

    @Test
    void runsTheSimulatorWithSimulateAndItsArguments() {
        try (TicketsStubContainer stub = new TicketsStubContainer(IMAGE).withSimulator()
            .withStubArguments("--api-key", "team-key")) {
            assertThat(stub.stubCommand()).containsExactly("--host", "0.0.0.0", "--port", "8080", "--simulate",
                "--admin-token", stub.getAdminToken(), "--api-key", "team-key");
            assertThat(stub.getAdminToken()).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void refusesPactsWithTheSimulator(@TempDir Path dir) throws IOException {
        Path pact = Files.writeString(dir.resolve("extra.json"), "{}");
        try (TicketsStubContainer stub = new TicketsStubContainer(IMAGE).withSimulator().withPacts(pact)) {
            assertThatThrownBy(stub::stubCommand).hasMessageContaining("serves no pacts");
        }
    }

    @Test
    void refusesAPactPathThatDoesNotExist(@TempDir Path dir) {
        try (TicketsStubContainer stub = new TicketsStubContainer(IMAGE)) {
            assertThatThrownBy(() -> stub.withPacts(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
        }
    }

    @Test
    void refusesAnImageThatIsNotTheStub() {
        assertThatThrownBy(() -> new TicketsStubContainer(DockerImageName.parse("nginx:1.27")))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acceptsAMirroredImageDeclaredCompatible() {
        DockerImageName mirrored = DockerImageName.parse("registry.example.test/team/tickets-stub:1.0.0")
            .asCompatibleSubstituteFor("skylight/tickets-stub");

        // getDockerImageName() would resolve (pull) the image, so only construction is checked here
        try (TicketsStubContainer stub = new TicketsStubContainer(mirrored)) {
            assertThat(stub.stubCommand()).contains("--host", "0.0.0.0");
        }
    }
}
