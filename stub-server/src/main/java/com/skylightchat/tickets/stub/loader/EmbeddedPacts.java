package com.skylightchat.tickets.stub.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The pacts embedded at build time: the build unpacks contract-tests' {@code pacts} artifact under
 * {@value #DIRECTORY} and {@link EmbeddedIndexWriter} lists them in {@value #INDEX}. Reading through the index and
 * {@link ClassLoader#getResourceAsStream} works from a directory, a plain jar, a shaded jar or any nested class
 * loader.
 */
public final class EmbeddedPacts {

    /** Classpath directory of the embedded pacts. */
    public static final String DIRECTORY = "com/skylightchat/tickets/stub/embedded/";
    /** Index file: one path relative to {@link #DIRECTORY} per line. */
    public static final String INDEX = DIRECTORY + "index.txt";
    static final String SOURCE_NAME = "embedded pacts (classpath:" + DIRECTORY + ")";

    private EmbeddedPacts() {
    }

    /** The index entries, empty when this build embedded no pacts. */
    public static List<String> names() {
        byte[] index = resource(INDEX);
        if (index == null) {
            return List.of();
        }
        return new String(index, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
    }

    static LoadedPacts load() {
        List<String> names = names();
        if (names.isEmpty()) {
            throw new PactLoadException(SOURCE_NAME, "this build embedded no pacts (contract-tests recorded none); "
                    + "pass --pact FILE|DIR (or StubConfig.pacts) to serve other pact files");
        }
        PactLoader.Builder builder = new PactLoader.Builder();
        for (String name : names) {
            String resource = DIRECTORY + name;
            byte[] json = resource(resource);
            if (json == null) {
                throw new PactLoadException("classpath:" + resource, "listed in " + INDEX + " but missing");
            }
            PactFileLoader.load("classpath:" + resource, json, builder.interactions().size(), builder);
        }
        return builder.build();
    }

    private static byte[] resource(String name) {
        ClassLoader loader = EmbeddedPacts.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new PactLoadException("classpath:" + name, "cannot be read: " + e.getMessage(), e);
        }
    }
}
