package com.skylightchat.tickets.stub.testing.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.skylightchat.tickets.testsupport.Http;
import com.skylightchat.tickets.stub.testing.support.RequiresStubImage;
import com.skylightchat.tickets.stub.testing.support.StubImage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/** The image as Jib built it, used the way {@code docker run -p 8080:8080 skylight/tickets-stub} uses it. */
@RequiresStubImage
class StubImageIT {
    private static DockerImageName image;

    @BeforeAll
    static void imageBuiltInThisBuild() {
        image = StubImage.builtInThisBuild();
    }

    @Test
    void declaresPort8080ANonRootUserAndTheStubAsItsCommand() {
        // when
        InspectImageResponse inspected = DockerClientFactory.instance().client()
            .inspectImageCmd(image.asCanonicalNameString()).exec();

        // then
        assertThat(inspected.getConfig().getUser()).isEqualTo("10001:10001");
        assertThat(inspected.getConfig().getExposedPorts()).extracting(Object::toString).containsExactly("8080/tcp");
        assertThat(inspected.getConfig().getEntrypoint()).contains("com.skylightchat.tickets.stub.cli.StubMain");
        assertThat(inspected.getConfig().getCmd()).containsExactly("--host", "0.0.0.0", "--port", "8080");
    }

    @Test
    void listensOnEveryInterfaceOnPort8080WithItsOwnDefaultCommand() {
        // given: no command of ours, only what the image says
        try (GenericContainer<?> plain = new GenericContainer<>(image).withExposedPorts(8080)
            .waitingFor(Wait.forHttp("/__stub/health").forStatusCode(200))) {
            // when
            plain.start();
            URI base = URI.create("http://" + plain.getHost() + ":" + plain.getMappedPort(8080));

            // then
            HttpResponse<String> health = new Http(base).get("/__stub/health", Map.of());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }
}
