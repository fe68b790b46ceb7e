package com.skylightchat.tickets.stub.testing.outside;

import com.skylightchat.tickets.stub.testing.support.ReadmeSnippets;
import com.skylightchat.tickets.testsupport.NestedMaven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Maven project outside the reactor, made of this module's README: its pom is the README's snippet inside a
 * skeleton (coordinates, source encoding, and the repositories: this build's staged artifacts and, read-only, the
 * user's local repository), its tests are the README's test snippets. Built by the same Maven, offline, with
 * a local repository of its own: the user's stays untouched and serves only as a read-only source of the third-party
 * artifacts already downloaded.
 */
final class OutsideProject {

    private static final Path STAGED = Path.of(property("outside.repository"));
    private static final Path LOCAL = STAGED.resolveSibling("outside-local-repository");

    static {
        StagedToolkit.stage(Path.of(property("toolkit.root")), property("project.version"), STAGED);
    }

    private final Path dir;

    private OutsideProject(Path dir) {
        this.dir = dir;
    }

    /** A project in {@code dir} whose pom holds the README snippet {@code pomSnippet}. */
    static OutsideProject create(Path dir, String pomSnippet) {
        OutsideProject project = new OutsideProject(dir);
        project.write("pom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>help-desk-widget</artifactId>
                  <version>1.0</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <repositories>
                    <repository>
                      <id>toolkit-staging</id>
                      <url>file://%1$s</url>
                    </repository>
                    <repository><id>users-local-repository</id><url>file://%2$s</url></repository>
                  </repositories>
                  <pluginRepositories>
                    <pluginRepository><id>users-local-repository</id><url>file://%2$s</url></pluginRepository>
                  </pluginRepositories>
                %3$s
                </project>
                """.formatted(STAGED, property("maven.local.repository"), indent(ReadmeSnippets.block(pomSnippet))));
        return project;
    }

    /** Writes a test class from the README snippet {@code snippet} as {@code src/test/java/<className>.java}. */
    OutsideProject testFromReadme(String className, String snippet) {
        return test(className, ReadmeSnippets.block(snippet));
    }

    /** The source of this module's test sample {@code samples/<name>.java}, as a class in the default package. */
    static String sampleWithoutPackage(String name) {
        Path source = Path.of("src/test/java/com/skylightchat/tickets/stub/testing/samples", name + ".java");
        try {
            return Files.readString(source).replaceFirst("(?m)^package [^;]+;", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OutsideProject test(String className, String source) {
        write("src/test/java/" + className + ".java", source);
        return this;
    }

    /**
     * What {@code mvn -o ARGS} in the project did. Offline: everything the project needs is this build's artifacts
     * or something this build downloaded, and Maven Resolver reads file repositories offline when told it may. The
     * toolkit's artifacts are resolved afresh from the staged repository each time.
     */
    NestedMaven.Outcome mvn(String... args) {
        deleteRecursively(LOCAL.resolve("com/skylightchat"));
        List<String> arguments = new ArrayList<>(List.of("-o", "-Daether.offline.protocols=file",
                "-Dmaven.repo.local=" + LOCAL));
        arguments.addAll(List.of(args));
        return NestedMaven.in(dir).run(Map.of(), arguments);
    }

    private void write(String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (run the tests with Maven)");
        }
        return value;
    }

    private static String indent(String xml) {
        return xml.lines().map(line -> "  " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
