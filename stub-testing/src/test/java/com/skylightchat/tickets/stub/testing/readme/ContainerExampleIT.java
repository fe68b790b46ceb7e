package com.skylightchat.tickets.stub.testing.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.stub.testing.containers.TicketsStubContainer;
import com.skylightchat.tickets.stub.testing.support.RequiresStubImage;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

@RequiresStubImage // not in the README: skips (or, in CI, fails) where there is no engine or no image of this build
// snippet:start testcontainers
@Testcontainers
class ContainerExampleIT {

    @Container
    static TicketsStubContainer stub =
        new TicketsStubContainer(DockerImageName.parse("skylight/tickets-stub:1.0.0-SNAPSHOT"));

    @Test
    void listsTheDepartments() {
        TicketsClient client = TicketsClient.builder()
            .baseUrl(stub.getBaseUrl())
            .apiKey("test-api-key")
            .build();

        assertThat(client.listDepartments()).extracting("title").contains("Billing");
    }
}
// snippet:end testcontainers
