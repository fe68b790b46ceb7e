package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The operations the error messages name are the spec's: operationId, method and path template. The spec may have
 * more (a new operation reaches the generated client before the facade wraps it); it may not lose or move one.
 */
class OperationTest {

    @Test
    void namesOnlyOperationsOfTheSpecWithTheirMethodAndPath() {
        // given: "operationId (METHOD /path)" for every operation of the spec
        TreeSet<String> inSpec = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : TicketsApiSpec.current().openApi().getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                inSpec.add(op.getValue().getOperationId() + " (" + op.getKey() + " " + path.getKey() + ")");
            }
        }

        // when / then
        assertThat(Arrays.stream(com.skylightchat.tickets.client.Operation.values())
            .map(com.skylightchat.tickets.client.Operation::describe))
            .isNotEmpty()
            .isSubsetOf(inSpec);
    }
}
