package com.skylightchat.tickets.stub.testing.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    /** The image to test; aborts (skips) or fails the calling test when there is none. */
    public static DockerImageName builtInThisBuild() {
        unavailableReason().ifPresent(reason -> {
            if (required()) {
                Assertions.fail(requiredMessage(reason));
            }
            Assumptions.abort("container test skipped: " + reason);
        });
        return DockerImageName.parse(System.getProperty("tickets.stub.image"));
    }

    /** Why no container test can run here, or empty when the image of this build is in a running engine. */
    public static Optional<String> unavailableReason() {
        String image = System.getProperty("tickets.stub.image");
        String idFile = System.getProperty("tickets.stub.image.id.file");
        if (image == null || idFile == null) {
            return Optional.of("run through Maven (mvn verify): the build passes the image name and Jib's id file");
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return Optional.of("no Docker engine answers (DOCKER_HOST or /var/run/docker.sock); start one, "
                + "e.g. dockerd");
        }
        Path built = Path.of(idFile);
        if (!Files.isRegularFile(built)) {
            return Optional.of("the stub image was not built in this build (" + built + " is missing): Jib's "
                + "stub-image profile was off (no /var/run/docker.sock, -P!stub-image or -Djib.skip)");
        }
        String taggedId = DockerClientFactory.instance().client().inspectImageCmd(image).exec().getId();
        if (!read(built).equals(taggedId)) {
            throw new AssertionError(image + " is " + taggedId + ", not the image Jib built in this build ("
                + read(built) + ")");
        }
        return Optional.empty();
    }

    static boolean required() {
        return Boolean.getBoolean("tickets.stub.containers.required")
            || "true".equalsIgnoreCase(System.getenv("TICKETS_STUB_CONTAINERS_REQUIRED"));
    }

    static String requiredMessage(String reason) {
        return "container test required (tickets.stub.containers.required=true) but cannot run: " + reason;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
