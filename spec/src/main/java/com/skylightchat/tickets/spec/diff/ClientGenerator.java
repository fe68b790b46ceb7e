package com.skylightchat.tickets.spec.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/** Runs openapi-generator, as the client module's build does, on one spec file. */
final class ClientGenerator {

    private final ClientGeneration options;

    ClientGenerator(ClientGeneration options) {
        this.options = options;
    }

    /** Generates into {@code output} and returns the Java source root. */
    Path generate(Path specFile, Path output) {
        if (!Files.isRegularFile(options.configFile())) {
            throw new IllegalStateException("Generator options not found: " + options.configFile());
        }
        CodegenConfigurator configurator = CodegenConfigurator.fromFile(options.configFile().toString())
                .setInputSpec(specFile.toString())
                .setOutputDir(output.toString())
                .setIgnoreFileOverride(options.ignoreFile().toString())
                // no donation banner in the build log
                .setQuiet(true);
        new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
        return output.resolve("src/main/java");
    }
}
