package com.skylightchat.tickets.contract.coverage;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The operations of an OpenAPI document, in spec order, and the lookup of the operation a request belongs to. */
public final class SpecOperations {

    private final List<SpecOperation> operations;
    private final String basePath;

    public SpecOperations(List<SpecOperation> operations, String basePath) {
        this.operations = List.copyOf(operations);
        this.basePath = basePath;
    }

    public static SpecOperations load(Path specFile) {
        return of(TicketsApiSpec.fromFile(specFile));
    }

    public static SpecOperations of(TicketsApiSpec spec) {
        OpenAPI api = spec.openApi();
        if (api.getPaths() == null) {
            throw new IllegalArgumentException("Not an OpenAPI document with paths: " + spec.location());
        }
        List<SpecOperation> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.add(new SpecOperation(
                        Optional.ofNullable(operation.getOperationId()).orElse(method + " " + path),
                        method.name().toUpperCase(Locale.ROOT), path,
                        operation.getResponses() == null ? List.of()
                                : new ArrayList<>(operation.getResponses().keySet())))));
        return new SpecOperations(operations, spec.basePath());
    }

    public List<SpecOperation> all() {
        return operations;
    }

    /**
     * The operation a request is for; a literal path beats a templated one. {@code path} is the path the provider
     * receives, starting with the spec's base path ({@code /api/v1/tickets/14}); a path without it fits none.
     */
    public Optional<SpecOperation> find(String method, String path) {
        if (!path.startsWith(basePath + "/")) {
            return Optional.empty();
        }
        String inSpec = path.substring(basePath.length());
        return operations.stream()
                .filter(operation -> operation.matches(method, inSpec))
                .min(Comparator.comparingInt(SpecOperation::templateParameters));
    }
}
