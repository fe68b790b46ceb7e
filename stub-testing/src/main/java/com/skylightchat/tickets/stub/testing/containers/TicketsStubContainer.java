package com.skylightchat.tickets.stub.testing.containers;

import com.skylightchat.tickets.stub.Mode;
import com.skylightchat.tickets.stub.matching.ContractBasePath;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * Runs the tickets stub image ({@code skylight/tickets-stub}) with Testcontainers.
 *
 * <p>The container listens on {@value #STUB_PORT} on every interface inside the container, is ready when
 * {@value #HEALTH_PATH} answers 200, and replays the pacts embedded in the image unless {@link #withPacts(Path)} or
 * {@link #withPactsFromClasspath(String)} give others (those then replace the embedded ones); with
 * {@link #withSimulator()} it runs the stateful simulator of the API instead. Pacts are copied into the container
 * before it starts rather than bind-mounted, so this works with remote Docker engines too.
 *
 * <pre>{@code
 * try (TicketsStubContainer stub = new TicketsStubContainer(DockerImageName.parse("skylight/tickets-stub:1.0.0"))) {
 *     stub.start();
 *     URI base = stub.getBaseUri();
 * }
 * }</pre>
 * Not thread-safe while being configured, like every {@link GenericContainer}.
 */
public class TicketsStubContainer extends GenericContainer<TicketsStubContainer> {
    /** The image name every tag of the stub image is compatible with. */
    public static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse("skylight/tickets-stub");
    /** The port the stub listens on inside the container. */
    public static final int STUB_PORT = 8080;
    /** The admin health endpoint the container is waited on. */
    public static final String HEALTH_PATH = "/__stub/health";
    /** The API's base path, the path of the spec's {@code servers[0].url}. */
    public static final String BASE_PATH = ContractBasePath.get();
    /** Where given pacts are copied to inside the container; one numbered directory per source. */
    public static final String PACTS_DIR = "/pacts";

    private final List<String> pactSourcesInContainer = new ArrayList<>();
    private final List<String> stubArguments = new ArrayList<>();
    private Mode mode = Mode.REPLAY;
    /** The simulator's admin token: bound to every interface, its admin API wants one, and the test must know it. */
    /** Files copied in: readable (and directories enterable) by the image's non-root user. */
    private static final int READABLE_BY_ALL = 0755;

    private final String adminToken = newToken();

    /** @param image {@code skylight/tickets-stub:<tag>}, or another name declared compatible with it */
    public TicketsStubContainer(DockerImageName image) {
        super(image);
        image.assertCompatibleWith(DEFAULT_IMAGE_NAME);
        withExposedPorts(STUB_PORT);
        waitingFor(Wait.forHttp(HEALTH_PATH).forPort(STUB_PORT).forStatusCode(200)
            .withStartupTimeout(Duration.ofSeconds(60)));
    }

    /**
     * Serves the pact files in {@code pacts} (a pact JSON file or a directory of them) instead of the embedded
     * ones. May be called more than once; every source is served.
     */
    public TicketsStubContainer withPacts(Path pacts) {
        Objects.requireNonNull(pacts, "pacts");
        if (!Files.exists(pacts)) {
            throw new IllegalArgumentException("no pact file or directory at " + pacts.toAbsolutePath());
        }
        String target = pactTarget(pacts);
        // Readable by the image's non-root user whatever the file's mode on the host (a temp file is 0600).
        withCopyFileToContainer(MountableFile.forHostPath(pacts, READABLE_BY_ALL), target);
        return self();
    }

    /** Like {@link #withPacts(Path)} for a classpath resource (a pact file or a directory of them). */
    public TicketsStubContainer withPactsFromClasspath(String resource) {
        Objects.requireNonNull(resource, "resource");
        MountableFile file = MountableFile.forClasspathResource(resource, READABLE_BY_ALL);
        withCopyFileToContainer(file, pactTarget(Path.of(file.getResolvedPath())));
        return self();
    }

    /**
     * Runs the stateful in-memory simulator of the API ({@code --simulate}) instead of replaying pacts: create,
     * reply, close and list behave as the provider's do; seed data and answer as the support team through the admin
     * endpoints under {@code /__stub/simulator}. It accepts {@code test-api-key} unless given other keys with
     * {@code withStubArguments("--api-key", "…")}. Serves no pacts, so it does not go with {@link #withPacts}.
     * Admin requests need {@link #getAdminToken()} in {@code X-Stub-Admin-Token}.
     */
    public TicketsStubContainer withSimulator() {
        mode = Mode.SIMULATE;
        return self();
    }

    /** Further stub command-line options, e.g. {@code withStubArguments("--cors")}; see {@code StubMain --help}. */
    public TicketsStubContainer withStubArguments(String... arguments) {
        stubArguments.addAll(List.of(arguments));
        return self();
    }

    /**
     * The base URL to give a client, {@code http://host:port/api/v1} as seen from this JVM (no trailing slash): the
     * container's origin plus the API's base path, as production's is {@code https://dashboard.skylightchat.com/api/v1}.
     */
    public String getBaseUrl() {
        return getOrigin() + BASE_PATH;
    }

    /** {@code http://host:port} of the running stub, as seen from this JVM; admin endpoints are under /__stub/. */
    public String getOrigin() {
        return "http://" + getHost() + ":" + getMappedPort(STUB_PORT);
    }

    /**
     * The token the admin endpoints want in {@code X-Stub-Admin-Token} (journal, faults, provider states, the
     * simulator's seed, agent replies and reset): the container binds every interface, so its admin API is never open.
     */
    public String getAdminToken() {
        return adminToken;
    }

    /** {@link #getBaseUrl()} as a {@link URI}. */
    public URI getBaseUri() {
        return URI.create(getBaseUrl());
    }

    /** The command the container runs with: listen on every interface, port 8080, plus the given pacts. */
    List<String> stubCommand() {
        if (mode == Mode.SIMULATE && !pactSourcesInContainer.isEmpty()) {
            throw new IllegalStateException("withSimulator() serves no pacts: drop withPacts or withSimulator");
        }
        List<String> command = new ArrayList<>(List.of("--host", "0.0.0.0", "--port", String.valueOf(STUB_PORT)));
        if (mode == Mode.SIMULATE) {
            command.add("--simulate");
        }
        command.addAll(List.of("--admin-token", adminToken));
        for (String source : pactSourcesInContainer) {
            command.add("--pact");
            command.add(source);
        }
        command.addAll(stubArguments);
        return command;
    }

    @Override
    protected void configure() {
        // The image's CMD carries the same host/port; a command replaces CMD whole, so it is repeated here.
        setCommand(stubCommand().toArray(String[]::new));
    }

    private static String newToken() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /**
     * Where the next pact source goes in the container: a directory of its own, so two sources never collide, and
     * the file in it keeps its name. The stub is then told to serve that directory, or that one file.
     */
    private String pactTarget(Path source) {
        String dir = PACTS_DIR + "/" + (pactSourcesInContainer.size() + 1);
        if (Files.isDirectory(source)) {
            pactSourcesInContainer.add(dir);
            return dir;
        }
        String file = dir + "/" + (source.getFileName() == null ? "pacts" : source.getFileName());
        pactSourcesInContainer.add(file);
        return file;
    }
}
