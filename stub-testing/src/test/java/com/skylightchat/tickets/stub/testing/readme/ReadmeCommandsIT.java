package com.skylightchat.tickets.stub.testing.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.testsupport.Http;
import com.skylightchat.tickets.stub.testing.support.ReadmeSnippets;
import com.skylightchat.tickets.stub.testing.support.StubImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * Runs the shell commands of the README as written (paths taken from the repository root, port 8080 swapped for a
 * free one): each {@code java -jar} / {@code docker run} line must start a stub that answers the README's
 * {@code curl} with 200.
 */
class ReadmeCommandsIT {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LISTENING = Pattern.compile(" on (http://\\S+)");

    @Test
    void theJavaCommandsStartAStubThatAnswersTheCurlCommand() throws Exception {
        for (List<String> command : commands("cli", "java")) {
            Path jar = REPOSITORY.resolve(command.get(2));
            Assumptions.assumeTrue(Files.isRegularFile(jar), jar + " is built by stub-server in the reactor build");
            List<String> run = new ArrayList<>(command);
            run.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
            run.set(2, jar.toString());
            run.set(run.indexOf("--port") + 1, "0");
            assumePactDirectoriesExist(run);

            Process stub = new ProcessBuilder(run).directory(REPOSITORY.toFile()).redirectErrorStream(true).start();
            try {
                assertAnswersTheCurlCommand(URI.create(awaitListening(stub)));
            } finally {
                stub.destroy();
                stub.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theDockerCommandsStartAContainerThatAnswersTheCurlCommand() {
        DockerImageName thisBuild = StubImage.builtInThisBuild();
        for (List<String> command : commands("docker", "docker")) {
            // docker run --rm -p 8080:8080 [-v HOST:CONTAINER:ro] IMAGE [ARGS...]
            int imageAt = command.indexOf("-p") + 2;
            String volume = null;
            if (command.get(imageAt).equals("-v")) {
                volume = command.get(imageAt + 1);
                imageAt += 2;
            }
            assertThat(command.get(imageAt)).isEqualTo(thisBuild.asCanonicalNameString()
                .replace("docker.io/", ""));
            try (GenericContainer<?> stub = new GenericContainer<>(thisBuild).withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/__stub/health").forStatusCode(200))) {
                List<String> args = command.subList(imageAt + 1, command.size());
                if (!args.isEmpty()) {
                    stub.withCommand(args.toArray(String[]::new));
                }
                if (volume != null) {
                    String[] parts = volume.replace("$PWD", REPOSITORY.toString()).split(":");
                    Assumptions.assumeTrue(Files.isDirectory(Path.of(parts[0])), parts[0] + " is written by "
                        + "contract-tests in the reactor build");
                    // Copied, not bind-mounted: Testcontainers checks bind mounts with a helper image it would pull.
                    stub.withCopyFileToContainer(MountableFile.forHostPath(parts[0]), parts[1]);
                }
                stub.start();
                assertAnswersTheCurlCommand(URI.create("http://" + stub.getHost() + ":" + stub.getMappedPort(8080)));
            }
        }
    }

    private static void assertAnswersTheCurlCommand(URI base) {
        List<String> curl = commands("curl", "curl").get(0);
        String[] header = curl.get(curl.indexOf("-H") + 1).split(":\\s*", 2);
        URI documented = URI.create(curl.get(curl.size() - 1));
        HttpResponse<String> response = new Http(base).get(documented.getPath(), Map.of(header[0], header[1]));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("success").asBoolean()).isTrue();
    }

    /** The lines of README block {@code snippet} that start with {@code program}, split into words. */
    private static List<List<String>> commands(String snippet, String program) {
        List<List<String>> commands = new ArrayList<>();
        for (String line : ReadmeSnippets.block(snippet).lines().toList()) {
            List<String> words = words(line);
            if (!words.isEmpty() && words.get(0).equals(program)) {
                commands.add(words);
            }
        }
        assertThat(commands).as("'%s' commands in README block %s", program, snippet).isNotEmpty();
        return commands;
    }

    /** Shell words: whitespace-separated, single or double quotes group (enough for the README's commands). */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(line.strip());
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (word.startsWith("#")) {
                break;
            }
            words.add(word);
        }
        return words;
    }

    private static void assumePactDirectoriesExist(List<String> command) {
        for (int i = 0; i < command.size() - 1; i++) {
            if (command.get(i).equals("--pact")) {
                Path pacts = REPOSITORY.resolve(command.get(i + 1));
                Assumptions.assumeTrue(Files.exists(pacts), pacts + " is written by contract-tests in the reactor "
                    + "build");
            }
        }
    }

    private static String awaitListening(Process stub) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(stub.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (line.startsWith("tickets-stub-server: serving") && m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the stub did not report where it listens; its output:\n" + seen);
    }
}
