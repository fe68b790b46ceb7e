package com.skylightchat.tickets.contract.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skylightchat.tickets.contract.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PactFileReaderTest {

    private final PactFileReader reader = new PactFileReader();

    @Test
    void readsTheV4LayoutWithArrayHeadersAndWrappedBodies() {
        RecordedPact pact = reader.read(TestPaths.fixture("accepted/departments-and-ticket-v4.json"));

        assertThat(pact.specificationVersion()).isEqualTo("4.0");
        assertThat(pact.consumer()).isEqualTo("skylight-tickets-java-client");
        RecordedInteraction list = pact.interactions().get(3);
        assertThat(list.request().query()).containsEntry("status", List.of("open")).containsEntry("per_page",
                List.of("50"));
        assertThat(list.request().header("x-api-key")).containsExactly("test-api-key");
        RecordedInteraction create = pact.interactions().get(4);
        assertThat(create.request().body()).isEqualTo("{\"subject\":\"S\",\"body\":\"B\"}");
        assertThat(create.request().contentType()).contains("application/json");
        assertThat(create.response().status()).isEqualTo(201);
    }

    @Test
    void readsTheV3LayoutWithStringHeadersAndPlainBodies() {
        RecordedPact pact = reader.read(TestPaths.fixture("accepted/departments-v3.json"));

        RecordedInteraction departments = pact.interactions().get(0);
        assertThat(pact.specificationVersion()).isEqualTo("3.0.0");
        assertThat(departments.providerStates()).containsExactly("departments exist");
        assertThat(departments.request().header("X-Api-Key")).containsExactly("test-api-key");
        assertThat(departments.response().body()).startsWith("{\"success\":true,\"data\":[");
    }

    @Test
    void readsTheV2QueryStringAndSkipsMessageInteractions(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mixed.json"), """
                {"consumer":{"name":"c"},"provider":{"name":"p"},
                 "interactions":[
                   {"description":"list","providerState":"tickets exist",
                    "request":{"method":"get","path":"/tickets","query":"status=open&per_page=50&x=a%20b"},
                    "response":{"status":200}},
                   {"type":"Asynchronous/Messages","description":"event","contents":{}}],
                 "metadata":{"pactSpecification":{"version":"2.0.0"}}}""");

        RecordedPact pact = reader.read(file);

        assertThat(pact.skippedNonHttpInteractions()).isEqualTo(1);
        RecordedInteraction list = pact.interactions().get(0);
        assertThat(list.request().method()).isEqualTo("GET");
        assertThat(list.request().query()).containsEntry("x", List.of("a b")).containsEntry("status", List.of("open"));
        assertThat(list.providerStates()).containsExactly("tickets exist");
        assertThat(list.response().body()).isNull();
    }

    @Test
    void namesTheFileWhenItIsNotAPact(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"consumer\": ");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(PactFormatException.class)
                .hasMessageContaining("broken.json");
    }
}
