package com.skylightchat.tickets.stub.loader;

import com.skylightchat.tickets.contract.pact.PactDocument;
import com.skylightchat.tickets.contract.pact.PactLoadException;
import com.skylightchat.tickets.contract.pact.PactReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        return names(EmbeddedPacts.class.getClassLoader());
    }

    private static List<String> names(ClassLoader loader) {
        byte[] index = resource(loader, INDEX);
        if (index == null) {
            return List.of();
        }
        return new String(index, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
    }

    /** Loads the pacts the index of this class loader lists (tests pass loaders without or with a broken index). */
    static LoadedPacts loadNow(ClassLoader loader) {
        return PactLoader.of(documents(loader));
    }

    /** The embedded pacts as read, e.g. to validate them against the spec. */
    public static List<PactDocument> documents() {
        return documents(EmbeddedPacts.class.getClassLoader());
    }

    private static List<PactDocument> documents(ClassLoader loader) {
        List<String> names = names(loader);
        if (names.isEmpty()) {
            throw new PactLoadException(SOURCE_NAME, "this build embedded no pacts (contract-tests recorded none); "
                    + "pass --pact FILE|DIR (or StubConfig.pacts) to serve other pact files");
        }
        List<PactDocument> documents = new ArrayList<>();
        for (String name : names) {
            String resource = DIRECTORY + name;
            byte[] json = resource(loader, resource);
            if (json == null) {
                throw new PactLoadException("classpath:" + resource, "listed in " + INDEX + " but missing");
            }
            documents.add(PactReader.read("classpath:" + resource, json));
        }
        return documents;
    }

    private static byte[] resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new PactLoadException("classpath:" + name, "cannot be read: " + e.getMessage(), e);
        }
    }
}
