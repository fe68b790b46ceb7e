package com.skylightchat.tickets.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One copy of the Tickets API OpenAPI document: its text, where it came from, and its parsed form.
 *
 * <p>{@link #bundled()} reads the copy packaged in this jar (classpath resource {@value #RESOURCE}); {@link #current()}
 * prefers the repository file named by the system property {@value #SPEC_FILE_PROPERTY} (set by the build for every
 * module's tests) so that tests always see the file being edited. Instances are immutable and thread-safe; parsing
 * happens on each call to {@link #parse()} or {@link #openApi()}.
 */
public final class TicketsApiSpec {

    /** Classpath location of the bundled document. */
    public static final String RESOURCE = "com/skylightchat/tickets/spec/tickets-api.yaml";
    /** System property that names the repository copy of the document (an absolute path). */
    public static final String SPEC_FILE_PROPERTY = "tickets.spec.file";

    private final String location;
    private final String yaml;

    private TicketsApiSpec(String location, String yaml) {
        this.location = location;
        this.yaml = yaml;
    }

    /** The document packaged in this jar. */
    public static TicketsApiSpec bundled() {
        URL url = bundledUrl();
        try (InputStream in = url.openStream()) {
            return new TicketsApiSpec(url.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + url, e);
        }
    }

    /** URL of the packaged document, for tools that want to load it themselves. */
    public static URL bundledUrl() {
        URL url = TicketsApiSpec.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("Classpath resource " + RESOURCE + " is missing: is tickets-spec on the classpath?");
        }
        return url;
    }

    /** A document read from a file, e.g. a changed copy under review. */
    public static TicketsApiSpec fromFile(Path file) {
        try {
            return new TicketsApiSpec(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenAPI document " + file, e);
        }
    }

    /** A document given as text; {@code location} only names it in messages. */
    public static TicketsApiSpec fromString(String location, String yaml) {
        return new TicketsApiSpec(Objects.requireNonNull(location), Objects.requireNonNull(yaml));
    }

    /** The repository file when {@value #SPEC_FILE_PROPERTY} is set and names an existing file, else {@link #bundled()}. */
    public static TicketsApiSpec current() {
        String file = System.getProperty(SPEC_FILE_PROPERTY);
        if (file != null && !file.isBlank() && Files.isRegularFile(Path.of(file))) {
            return fromFile(Path.of(file));
        }
        return bundled();
    }

    /** Where the text came from (file path or URL). */
    public String location() {
        return location;
    }

    /** The YAML text, unchanged. */
    public String yaml() {
        return yaml;
    }

    /** swagger-parser's result with its messages; {@code $ref}s stay references (nothing is inlined). */
    public SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }

    /**
     * The parsed document.
     *
     * @throws IllegalStateException when swagger-parser reports any message: a half-read contract is worse than none
     */
    public OpenAPI openApi() {
        SwaggerParseResult result = parse();
        if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
            throw new IllegalStateException("OpenAPI document " + location + " does not parse cleanly: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /**
     * The path of {@code servers[0].url} without a trailing slash, e.g. {@code /api/v1}; empty when the document
     * names no server or a server without a path. Every request the provider serves starts with it, so pacts,
     * the stub and the client's base URL all take it from here rather than writing it a second time.
     */
    public String basePath() {
        String url;
        try {
            // A YAML tree, not swagger-parser's model: a tenth of the time, and the stub asks for it on start-up.
            url = new YAMLMapper().readTree(yaml).at("/servers/0/url").asText("");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // SnakeYAML's message quotes the source under each remark; keep the remarks, on one line
            String problem = String.valueOf(e.getOriginalMessage()).lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining("; "));
            throw new IllegalStateException("OpenAPI document " + location + " is not YAML: " + problem
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new IllegalStateException("OpenAPI document " + location + " cannot be read: " + e.getMessage(), e);
        }
        String path = URI.create(url).getPath();
        if (path == null) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code info.version} of the document, e.g. {@code 1.0.0}. */
    public String version() {
        return openApi().getInfo().getVersion();
    }
}
