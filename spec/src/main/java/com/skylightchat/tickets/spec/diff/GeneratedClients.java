package com.skylightchat.tickets.spec.diff;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.openapitools.codegen.DefaultGenerator;

/**
 * The client generated from a spec, compiled into a jar, cached in {@link ClientGeneration#cacheDirectory()}.
 *
 * <p>Two keys make repeated builds cheap: a spec (with the generator version and options) is generated once
 * ({@code spec-<hash>.txt} names its sources), and sources are compiled once ({@code client-<hash>.jar}) — so the
 * baseline's client is built once per clone, and a reformatted spec, whose sources are identical, costs one
 * generation and no compilation. Entries are written by atomic moves, so a build and a test JVM sharing the
 * directory at worst do the same work twice.
 */
final class GeneratedClients {

    /** Raise when the way jars are made changes, so old cache entries stop matching. */
    private static final String CACHE_FORMAT = "1";

    private final ClientGeneration options;
    private final ClientGenerator generator;
    private final ClientCompiler compiler = new ClientCompiler();

    GeneratedClients(ClientGeneration options) {
        this.options = options;
        this.generator = new ClientGenerator(options);
    }

    /** A generated, compiled client; {@code sourcesHash} is equal for two specs exactly when their sources are. */
    record ClientJar(Path jar, String sourcesHash) {
    }

    ClientJar jarFor(TicketsApiSpec spec) {
        try {
            Path cache = Files.createDirectories(options.cacheDirectory());
            Path pointer = cache.resolve("spec-" + sha256(inputs() + spec.yaml()) + ".txt");
            if (Files.isRegularFile(pointer)) {
                String sourcesHash = Files.readString(pointer).strip();
                Path jar = cache.resolve("client-" + sourcesHash + ".jar");
                if (Files.isRegularFile(jar)) {
                    return new ClientJar(jar, sourcesHash);
                }
            }
            Path work = Files.createTempDirectory(cache, "work-");
            try {
                return build(spec, work, cache, pointer);
            } finally {
                delete(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ClientJar build(TicketsApiSpec spec, Path work, Path cache, Path pointer) throws IOException {
        Path specFile = Files.writeString(work.resolve("tickets-api.yaml"), spec.yaml());
        Path sources = generator.generate(specFile, work.resolve("generated"));
        String sourcesHash = sourcesHash(sources);
        Path jar = cache.resolve("client-" + sourcesHash + ".jar");
        if (!Files.isRegularFile(jar)) {
            Path built = work.resolve("client.jar");
            compiler.compile(sources, Files.createDirectories(work.resolve("classes")), built);
            Files.move(built, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(Files.writeString(work.resolve("pointer.txt"), sourcesHash), pointer,
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new ClientJar(jar, sourcesHash);
    }

    /** Everything besides the spec that decides the generated sources and how they are compiled. */
    private String inputs() throws IOException {
        return CACHE_FORMAT + "|" + DefaultGenerator.class.getProtectionDomain().getCodeSource().getLocation()
                + "|" + Runtime.version().feature() + "|" + Files.readString(options.configFile())
                + "|" + Files.readString(options.ignoreFile()) + "|";
    }

    private static String sourcesHash(Path root) throws IOException {
        MessageDigest digest = sha256();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path file : sorted) {
                digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
