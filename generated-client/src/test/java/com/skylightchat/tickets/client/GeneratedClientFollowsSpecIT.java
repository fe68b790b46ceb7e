package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Spec change → client change. Runs the build's generator (same version, same {@code generator-config.yaml},
 * same ignore file) on the spec and on a changed copy of it, and shows that the client follows the spec: a status
 * the provider adds becomes a real enum constant and a new field gets its accessor, both compiling.
 */
class GeneratedClientFollowsSpecIT {
    private static final Path MODULE = Path.of(System.getProperty("basedir", ""));
    private static final Path SPEC = Path.of(System.getProperty("tickets.spec.file"));
    private static final Path BUILD_SOURCES = MODULE.resolve("target/generated-sources/openapi/src/main/java");
    private static final String MODEL_DIR = "com/skylightchat/tickets/client/model/";

    @TempDir
    Path work;

    @Test
    void theSameConfigurationReproducesTheSourcesOfThisBuild() throws IOException {
        // when
        Path generated = generate(SPEC, work.resolve("unchanged"));
        // then: byte-identical, so this test really exercises what the build generates
        assertThat(sources(generated)).isEqualTo(sources(BUILD_SOURCES));
    }

    @Test
    void aStatusAndAFieldAddedToTheSpecAppearInTheGeneratedClient() throws Exception {
        // given: the spec with a ticket status and an optional ticket field it does not have yet
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode spec = (ObjectNode) yaml.readTree(SPEC.toFile());
        ObjectNode schemas = (ObjectNode) spec.path("components").path("schemas");
        ArrayNode statuses = (ArrayNode) schemas.path("TicketStatus").path("enum");
        ObjectNode properties = (ObjectNode) schemas.path("Ticket").path("properties");
        String status = unused("pending", name -> statuses.toString().contains('"' + name + '"'));
        String field = unused("channel", properties::has);
        statuses.add(status);
        properties.putObject(field).put("type", "string").put("description", "Where the ticket came from.");
        String constant = status.toUpperCase(Locale.ROOT);
        String getter = "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1) + "()";
        Path changedSpec = work.resolve("tickets-api-changed.yaml");
        yaml.writeValue(changedSpec.toFile(), spec);

        // when
        Path after = generate(changedSpec, work.resolve("after"));

        // then: the sources differ from this build's (= the unchanged spec's, see above) exactly where the spec did
        Map<String, String> beforeSources = sources(BUILD_SOURCES);
        Map<String, String> afterSources = sources(after);
        assertThat(beforeSources.get(MODEL_DIR + "TicketStatus.java")).doesNotContain(constant + "(");
        assertThat(afterSources.get(MODEL_DIR + "TicketStatus.java")).contains(constant + "(\"" + status + "\")");
        assertThat(beforeSources.get(MODEL_DIR + "Ticket.java")).doesNotContain(getter);
        assertThat(afterSources.get(MODEL_DIR + "Ticket.java")).contains("public String " + getter);
        assertThat(changedFiles(beforeSources, afterSources))
            .containsExactlyInAnyOrder(MODEL_DIR + "TicketStatus.java", MODEL_DIR + "Ticket.java");

        // and: the changed client compiles, and the new status is now read as its constant, not the unknown sentinel
        Path classes = compile(after);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            Class<?> type = loader.loadClass("com.skylightchat.tickets.client.model.TicketStatus");
            Object read = type.getMethod("fromValue", String.class).invoke(null, status);
            assertThat(((Enum<?>) read).name()).isEqualTo(constant);
        }
    }

    /** {@code base}, or {@code base2}, {@code base3}...: the first name the spec does not use yet. */
    private static String unused(String base, Predicate<String> taken) {
        String name = base;
        for (int i = 2; taken.test(name); i++) {
            name = base + i;
        }
        return name;
    }

    private static Path generate(Path spec, Path output) {
        CodegenConfigurator configurator = CodegenConfigurator
            .fromFile(MODULE.resolve("src/main/openapi/generator-config.yaml").toString())
            .setInputSpec(spec.toString())
            .setOutputDir(output.toString())
            .setIgnoreFileOverride(MODULE.resolve("src/main/openapi/.openapi-generator-ignore").toString());
        new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
        return output.resolve("src/main/java");
    }

    private static Map<String, String> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, String> result = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                result.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
            return result;
        }
    }

    private static List<String> changedFiles(Map<String, String> before, Map<String, String> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        return before.keySet().stream().filter(name -> !before.get(name).equals(after.get(name)))
            .collect(Collectors.toList());
    }

    private Path compile(Path sourceRoot) throws IOException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> arguments;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            arguments = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString)
                .collect(Collectors.toList());
        }
        arguments.addAll(0, List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
            "-proc:none", "-nowarn", "-XDsuppressNotes", "--release", "17"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit code").isZero();
        return classes;
    }
}
