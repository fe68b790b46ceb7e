package com.skylightchat.tickets.stub.testing.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

/**
 * Decides whether a container test can run, and against which image: the stub image Jib built in this very build
 * (its id is in {@code target/jib-image.id}), never an older one left in the engine. Without a Docker engine or
 * without that image the test is skipped with the reason — or fails, when {@code tickets.stub.containers.required}
 * (system property) or {@code TICKETS_STUB_CONTAINERS_REQUIRED} (environment) is {@code true}, as in CI.
 */
public final class StubImage {
    private StubImage() {
    }

    public static DockerImageName builtInThisBuild() {
        String image = System.getProperty("tickets.stub.image");
        String idFile = System.getProperty("tickets.stub.image.id.file");
        if (image == null || idFile == null) {
            unavailable("run through Maven (mvn verify): the build passes the image name and Jib's image id file");
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            unavailable("no Docker engine answers (DOCKER_HOST or /var/run/docker.sock); start one, e.g. dockerd");
        }
        Path built = Path.of(idFile);
        if (!Files.isRegularFile(built)) {
            unavailable("the stub image was not built in this build (" + built + " is missing): Jib's stub-image "
                + "profile was off (no /var/run/docker.sock, -P!stub-image or -Djib.skip)");
        }
        String builtId = read(built);
        String taggedId = DockerClientFactory.instance().client().inspectImageCmd(image).exec().getId();
        Assertions.assertEquals(builtId, taggedId, image + " is not the image Jib built in this build");
        return DockerImageName.parse(image);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    private static void unavailable(String reason) {
        String message = "container test skipped: " + reason;
        if (required()) {
            Assertions.fail(message.replace("skipped", "required but cannot run")
                + " (tickets.stub.containers.required=true)");
        }
        Assumptions.abort(message);
    }

    private static boolean required() {
        return Boolean.getBoolean("tickets.stub.containers.required")
            || "true".equalsIgnoreCase(System.getenv("TICKETS_STUB_CONTAINERS_REQUIRED"));
    }
}
