package com.skylightchat.tickets.contract.coverage;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The operations of an OpenAPI document, in spec order, and the lookup of the operation a request belongs to. */
public final class SpecOperations {

    private final List<SpecOperation> operations;

    public SpecOperations(List<SpecOperation> operations) {
        this.operations = List.copyOf(operations);
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
        return new SpecOperations(operations);
    }

    public List<SpecOperation> all() {
        return operations;
    }

    /** The operation a request is for; a literal path beats a templated one. */
    public Optional<SpecOperation> find(String method, String path) {
        return operations.stream()
                .filter(operation -> operation.matches(method, path))
                .min(Comparator.comparingInt(SpecOperation::templateParameters));
    }
}
