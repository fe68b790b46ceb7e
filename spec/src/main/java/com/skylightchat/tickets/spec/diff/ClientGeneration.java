package com.skylightchat.tickets.spec.diff;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the Java judge builds a client from a spec: with the generator options the client module builds with (its
 * {@code generator-config.yaml} and {@code .openapi-generator-ignore}, read from there so the two cannot drift
 * apart), keeping compiled clients in {@code cacheDirectory} (under {@code target/}).
 */
public record ClientGeneration(Path configFile, Path ignoreFile, Path cacheDirectory) {

    public ClientGeneration {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(ignoreFile, "ignoreFile");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    }

    /**
     * The client module's options in {@code optionsDirectory} ({@code generated-client/src/main/openapi}):
     * {@code generator-config.yaml} and {@code .openapi-generator-ignore}.
     */
    public static ClientGeneration inDirectory(Path optionsDirectory, Path cacheDirectory) {
        return new ClientGeneration(optionsDirectory.resolve("generator-config.yaml"),
                optionsDirectory.resolve(".openapi-generator-ignore"), cacheDirectory);
    }
}
