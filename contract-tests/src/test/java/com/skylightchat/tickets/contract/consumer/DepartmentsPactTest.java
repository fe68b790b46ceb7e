package com.skylightchat.tickets.contract.consumer;

import static com.skylightchat.tickets.contract.testing.TicketsPactDsl.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.skylightchat.tickets.contract.ContractNames;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import com.skylightchat.tickets.client.model.Department;
import java.util.List;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractNames.PROVIDER, pactVersion = PactSpecVersion.V4)
class DepartmentsPactTest {

    @Pact(consumer = ContractNames.CONSUMER)
    V4Pact departments(PactDslWithProvider builder) {
        return builder
                .given("departments Billing, Technical Support and Sales exist")
                .uponReceiving("a request for all departments")
                .method("GET").path(path("/tickets/departments"))
                .headers(KEY_HEADER)
                .willRespondWith().status(200).headers(JSON)
                .body(LambdaDsl.newJsonBody(body -> {
                    body.booleanValue("success", true);
                    body.minArrayLike("data", 1, department -> {
                        department.integerType("id", 1);
                        department.stringType("title", "Billing");
                    });
                }).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "departments")
    void listsTheDepartmentsATicketCanBeRoutedTo(MockServer mockServer) {
        // when
        List<Department> departments = client(mockServer).listDepartments();

        // then
        assertThat(departments).isNotEmpty().allSatisfy(department -> {
            assertThat(department.getId()).isPositive();
            assertThat(department.getTitle()).isNotBlank();
        });
        assertThat(departments.get(0).getTitle()).isEqualTo("Billing");
    }
}
