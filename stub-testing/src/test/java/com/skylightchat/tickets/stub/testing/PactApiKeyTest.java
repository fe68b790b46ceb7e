package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.stub.loader.PactLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PactApiKeyTest {

    @Test
    void readsTheKeyARequestSends() {
        // given
        List<Map<String, List<String>>> requests = List.of(
            Map.of(),
            Map.of("x-api-key", List.of("recorded-key")));

        // when / then
        assertThat(PactApiKey.mostSent(requests)).contains("recorded-key");
    }

    @Test
    void readsTheKeyWhateverTheHeaderNameCase() {
        assertThat(PactApiKey.mostSent(List.of(Map.of("X-API-KEY", List.of("old-style-key")))))
            .contains("old-style-key");
    }

    @Test
    void prefersTheKeyMostInteractionsSendOverTheWrongKeyRecordedFor401() {
        // given: the 401 interaction comes first
        List<Map<String, List<String>>> requests = List.of(
            Map.of("X-Api-Key", List.of("revoked-key")),
            Map.of("X-Api-Key", List.of("good-key")),
            Map.of("X-Api-Key", List.of("good-key")));

        // when / then
        assertThat(PactApiKey.mostSent(requests)).contains("good-key");
    }

    @Test
    void findsNothingWhenNoInteractionSendsAKey() {
        assertThat(PactApiKey.mostSent(List.of(Map.of("Accept", List.of("application/json"))))).isEmpty();
    }

    @Test
    void readsTheKeyOfPactFilesAsTheStubLoadsThem() {
        // given: a V4 pact file; header values as Pact JVM's reader hands them over
        assertThat(PactApiKey.find(PactLoader.load(List.of(Path.of("src/test/resources/pacts"))).interactions()))
            .contains("partner-key");
    }

    @Test
    void readsTheKeyOfTheEmbeddedPactsWhenNoPactsAreGiven() {
        assertThat(PactApiKey.find(PactLoader.load(List.of()).interactions()))
            .hasValueSatisfying(key -> assertThat(key).isNotBlank());
    }
}
