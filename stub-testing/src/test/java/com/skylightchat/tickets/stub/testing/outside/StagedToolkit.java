package com.skylightchat.tickets.stub.testing.outside;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * This build's artifacts laid out as a Maven repository, the way a team outside the reactor gets them from a
 * repository manager. Copied by hand because {@code maven-deploy-plugin} refuses to run when Maven is offline, and
 * the build must stay runnable offline; a SNAPSHOT without {@code maven-metadata.xml} resolves to its plain file name.
 */
final class StagedToolkit {

    private static final String GROUP = "com/skylightchat/tickets";

    /** An artifact of the reactor: its id, its module directory and whether it ships a jar besides its pom. */
    private record Module(String artifactId, String directory, boolean hasJar) {
    }

    private static final List<Module> MODULES = List.of(
            new Module("tickets-toolkit", ".", false),
            new Module("tickets-bom", "bom", false),
            new Module("tickets-spec", "spec", true),
            new Module("tickets-client", "generated-client", true),
            new Module("tickets-contract-tests", "contract-tests", true),
            new Module("tickets-stub-server", "stub-server", true),
            new Module("tickets-stub-testing", "stub-testing", true));

    private StagedToolkit() {
    }

    /** Copies the poms and jars of the reactor rooted at {@code root}, version {@code version}, into {@code repository}. */
    static void stage(Path root, String version, Path repository) {
        for (Module module : MODULES) {
            Path from = root.resolve(module.directory()).normalize();
            Path to = repository.resolve(GROUP).resolve(module.artifactId()).resolve(version);
            String name = module.artifactId() + "-" + version;
            copy(from.resolve("pom.xml"), to.resolve(name + ".pom"));
            if (module.hasJar()) {
                copy(from.resolve("target").resolve(name + ".jar"), to.resolve(name + ".jar"));
            }
        }
    }

    private static void copy(Path from, Path to) {
        if (!Files.isRegularFile(from)) {
            throw new IllegalStateException(from + " is missing: run the integration tests through Maven's verify, "
                    + "after every module was packaged");
        }
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
