package com.skylightchat.tickets.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The toolkit's version, read from a resource that Maven filters at build time (so it is right in the IDE, in
 * the jar and in a shaded jar alike; the jar manifest is only a fallback), and the {@code User-Agent} built from it.
 */
final class ClientVersion {
    static final String PRODUCT = "skylight-tickets-java-client";
    private static final String RESOURCE = "tickets-client.properties";
    private static final String VERSION = load();

    private ClientVersion() {
    }

    /** E.g. {@code 1.0.0-SNAPSHOT}; {@code unknown} only when neither the resource nor the manifest says. */
    static String version() {
        return VERSION;
    }

    /** E.g. {@code skylight-tickets-java-client/1.0.0-SNAPSHOT}. */
    static String userAgent() {
        return PRODUCT + "/" + VERSION;
    }

    private static String load() {
        try (InputStream in = ClientVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "").trim();
                // An unfiltered resource (e.g. run from sources without Maven) still holds the placeholder.
                if (!version.isEmpty() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        String fromManifest = ClientVersion.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : "unknown";
    }
}
