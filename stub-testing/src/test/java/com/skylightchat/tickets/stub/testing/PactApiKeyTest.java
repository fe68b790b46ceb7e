package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PactApiKeyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTheKeyFromAVersion4PactWhereHeaderValuesAreLists() throws IOException {
        // given
        JsonNode pact = JSON.readTree("""
            {"interactions": [
              {"request": {"method": "GET", "path": "/departments"}},
              {"request": {"method": "GET", "path": "/tickets", "headers": {"x-api-key": ["recorded-key"]}}}
            ]}""");

        // when / then
        assertThat(PactApiKey.inPact(pact)).contains("recorded-key");
    }

    @Test
    void readsTheKeyFromAnOlderPactWhereHeaderValuesAreStringsWhateverTheNameCase() throws IOException {
        JsonNode pact = JSON.readTree("""
            {"interactions": [{"request": {"headers": {"X-API-KEY": "old-style-key"}}}]}""");

        assertThat(PactApiKey.inPact(pact)).contains("old-style-key");
    }

    @Test
    void prefersTheKeyMostInteractionsSendOverTheWrongKeyRecordedFor401() throws IOException {
        // given: the 401 interaction comes first
        JsonNode pact = JSON.readTree("""
            {"interactions": [
              {"request": {"headers": {"X-Api-Key": ["revoked-key"]}}, "response": {"status": 401}},
              {"request": {"headers": {"X-Api-Key": ["good-key"]}}, "response": {"status": 200}},
              {"request": {"headers": {"X-Api-Key": ["good-key"]}}, "response": {"status": 201}}
            ]}""");

        // when / then
        assertThat(PactApiKey.inPact(pact)).contains("good-key");
    }

    @Test
    void findsNothingWhenNoInteractionSendsAKey() throws IOException {
        JsonNode pact = JSON.readTree("""
            {"interactions": [{"request": {"headers": {"Accept": ["application/json"]}}}]}""");

        assertThat(PactApiKey.inPact(pact)).isEmpty();
    }

    @Test
    void searchesPactDirectoriesAndSkipsFilesThatAreNotJson(@TempDir Path dir) throws IOException {
        // given
        Files.writeString(dir.resolve("a-broken.json"), "{ not json");
        Files.writeString(dir.resolve("notes.txt"), "x-api-key: not-this-one");
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("nested/b.json"), """
            {"interactions": [{"request": {"headers": {"X-Api-Key": ["from-nested"]}}}]}""");

        // when / then
        assertThat(PactApiKey.find(List.of(dir))).contains("from-nested");
    }

    @Test
    void readsTheKeyOfTheEmbeddedPactsWhenNoPactsAreGiven() {
        assertThat(PactApiKey.find(List.of())).hasValueSatisfying(key -> assertThat(key).isNotBlank());
    }
}
