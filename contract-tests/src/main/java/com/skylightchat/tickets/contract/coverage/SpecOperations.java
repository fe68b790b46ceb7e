package com.skylightchat.tickets.contract.coverage;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The operations of an OpenAPI document, in spec order, and the lookup of the operation a request belongs to.
 * Request paths may carry the base path of the spec's {@code servers[0].url} ({@code /api/v1/tickets}, as the
 * provider receives them) or not ({@code /tickets}); both find the operation.
 */
public final class SpecOperations {

    private final List<SpecOperation> operations;
    private final String basePath;

    public SpecOperations(List<SpecOperation> operations) {
        this(operations, "");
    }

    /** {@code basePath}: the path of {@code servers[0].url} without a trailing slash, e.g. {@code /api/v1}. */
    public SpecOperations(List<SpecOperation> operations, String basePath) {
        this.operations = List.copyOf(operations);
        this.basePath = basePath;
    }

    public static SpecOperations load(Path specFile) {
        SwaggerParseResult result;
        try {
            result = new OpenAPIV3Parser().readContents(Files.readString(specFile), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI spec " + specFile, e);
        }
        OpenAPI api = result.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalArgumentException("Not an OpenAPI document: " + specFile + " " + result.getMessages());
        }
        List<SpecOperation> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.add(new SpecOperation(
                        Optional.ofNullable(operation.getOperationId()).orElse(method + " " + path),
                        method.name().toUpperCase(Locale.ROOT), path,
                        operation.getResponses() == null ? List.of()
                                : new ArrayList<>(operation.getResponses().keySet())))));
        return new SpecOperations(operations, basePath(api));
    }

    private static String basePath(OpenAPI api) {
        if (api.getServers() == null || api.getServers().isEmpty() || api.getServers().get(0).getUrl() == null) {
            return "";
        }
        String path = URI.create(api.getServers().get(0).getUrl()).getPath();
        return path == null ? "" : path.replaceAll("/+$", "");
    }

    public List<SpecOperation> all() {
        return operations;
    }

    /** The operation a request is for; a literal path beats a templated one. */
    public Optional<SpecOperation> find(String method, String path) {
        String relative = !basePath.isEmpty() && path.startsWith(basePath + "/") ? path.substring(basePath.length()) : path;
        return operations.stream()
                .filter(operation -> operation.matches(method, relative))
                .min(Comparator.comparingInt(SpecOperation::templateParameters));
    }
}
