package com.skylightchat.tickets.stub;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every option of the stub server in one immutable record; build it with {@link #builder()}. Defaults are those of
 * the CLI: loopback {@code 127.0.0.1}, port 8080, admin on, CORS off, the embedded pacts.
 *
 * @param pacts               pact files or directories; empty means the pacts embedded at build time
 * @param host                address to bind; {@code 0.0.0.0} binds every interface (the CLI warns)
 * @param port                port to bind; 0 picks a free one
 * @param admin               whether the admin endpoints under {@link #ADMIN_PREFIX} answer
 * @param cors                whether CORS pre-flights are answered and CORS headers added
 * @param providerState       provider state selected when a request names none; {@code null} for none
 * @param providerStateHeader request header that selects a provider state per request
 * @param watch               whether changed pact files are reloaded automatically
 * @param watchInterval       how often watched files are checked
 * @param specValidation      whether 404 answers list the request's violations of the OpenAPI spec
 * @param spec                the spec file to validate against; {@code null} means the bundled spec
 * @param maxBodyBytes        largest accepted request body (413 above)
 * @param maxHeaderBytes      largest accepted total of request header names and values (431 above)
 * @param readTimeout         longest wait for a request's headers or for the next body bytes
 * @param idleTimeout         how long an idle keep-alive connection stays open
 * @param journalSize         how many recent requests the journal keeps (ring buffer)
 * @param matchCacheSize      how many match decisions are cached (0 disables the cache)
 * @param ioThreads           I/O threads; 0 means one per available core
 * @param requestLog          whether every request is logged (one line, INFO)
 */
public record StubConfig(List<Path> pacts, String host, int port, boolean admin, boolean cors, String providerState,
                         String providerStateHeader, boolean watch, Duration watchInterval, boolean specValidation,
                         Path spec, int maxBodyBytes, int maxHeaderBytes, Duration readTimeout, Duration idleTimeout,
                         int journalSize, int matchCacheSize, int ioThreads, boolean requestLog) {

    /** Every admin endpoint lives under this path. */
    public static final String ADMIN_PREFIX = "/__stub/";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_STATE_HEADER = "X-Pact-Provider-State";

    public StubConfig {
        pacts = List.copyOf(pacts);
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(providerStateHeader, "providerStateHeader");
        requireRange("port", port, 0, 65535);
        requireRange("maxBodyBytes", maxBodyBytes, 1, Integer.MAX_VALUE);
        requireRange("maxHeaderBytes", maxHeaderBytes, 256, 1 << 20);
        requireRange("journalSize", journalSize, 1, 1_000_000);
        requireRange("matchCacheSize", matchCacheSize, 0, 10_000_000);
        requireRange("ioThreads", ioThreads, 0, 1024);
        requirePositive("watchInterval", watchInterval);
        requirePositive("readTimeout", readTimeout);
        requirePositive("idleTimeout", idleTimeout);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset with this record's values. */
    public Builder toBuilder() {
        return new Builder().pacts(pacts).host(host).port(port).admin(admin).cors(cors).providerState(providerState)
                .providerStateHeader(providerStateHeader).watch(watch).watchInterval(watchInterval)
                .specValidation(specValidation).spec(spec).maxBodyBytes(maxBodyBytes).maxHeaderBytes(maxHeaderBytes)
                .readTimeout(readTimeout).idleTimeout(idleTimeout).journalSize(journalSize)
                .matchCacheSize(matchCacheSize).ioThreads(ioThreads).requestLog(requestLog);
    }

    /** Whether the configured host is a loopback address (the only safe default). */
    public boolean isLoopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
    }

    /** Mutable builder; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private List<Path> pacts = new ArrayList<>();
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private boolean admin = true;
        private boolean cors;
        private String providerState;
        private String providerStateHeader = DEFAULT_STATE_HEADER;
        private boolean watch;
        private Duration watchInterval = Duration.ofSeconds(1);
        private boolean specValidation;
        private Path spec;
        private int maxBodyBytes = 1024 * 1024;
        private int maxHeaderBytes = 16 * 1024;
        private Duration readTimeout = Duration.ofSeconds(10);
        private Duration idleTimeout = Duration.ofSeconds(60);
        private int journalSize = 1000;
        private int matchCacheSize = 10_000;
        private int ioThreads;
        private boolean requestLog = true;

        private Builder() {
        }

        public Builder pacts(List<Path> value) { pacts = new ArrayList<>(value); return this; }
        public Builder pact(Path value) { pacts.add(value); return this; }
        public Builder host(String value) { host = value; return this; }
        public Builder port(int value) { port = value; return this; }
        public Builder admin(boolean value) { admin = value; return this; }
        public Builder cors(boolean value) { cors = value; return this; }
        public Builder providerState(String value) { providerState = value; return this; }
        public Builder providerStateHeader(String value) { providerStateHeader = value; return this; }
        public Builder watch(boolean value) { watch = value; return this; }
        public Builder watchInterval(Duration value) { watchInterval = value; return this; }
        public Builder specValidation(boolean value) { specValidation = value; return this; }
        public Builder spec(Path value) { spec = value; return this; }
        public Builder maxBodyBytes(int value) { maxBodyBytes = value; return this; }
        public Builder maxHeaderBytes(int value) { maxHeaderBytes = value; return this; }
        public Builder readTimeout(Duration value) { readTimeout = value; return this; }
        public Builder idleTimeout(Duration value) { idleTimeout = value; return this; }
        public Builder journalSize(int value) { journalSize = value; return this; }
        public Builder matchCacheSize(int value) { matchCacheSize = value; return this; }
        public Builder ioThreads(int value) { ioThreads = value; return this; }
        public Builder requestLog(boolean value) { requestLog = value; return this; }

        public StubConfig build() {
            return new StubConfig(pacts, host, port, admin, cors, providerState, providerStateHeader, watch,
                    watchInterval, specValidation, spec, maxBodyBytes, maxHeaderBytes, readTimeout, idleTimeout,
                    journalSize, matchCacheSize, ioThreads, requestLog);
        }
    }
}
