package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the builder accepts, what it refuses, and that nothing it prints shows the API key. */
class TicketsClientBuilderTest {
    private static final String KEY = "sk-live-0123456789abcdef";

    @Test
    void defaultsToTheProductionBaseUrl() {
        TicketsClient client = TicketsClient.builder().apiKey(KEY).build();

        assertThat(client.baseUrl()).isEqualTo(URI.create("https://dashboard.skylightchat.com/api/v1"));
    }

    @Test
    void stripsTrailingSlashesFromTheBaseUrl() {
        TicketsClient client = TicketsClient.builder().baseUrl(URI.create("http://localhost:8080/api/v1//"))
            .apiKey(KEY).build();

        assertThat(client.baseUrl()).isEqualTo(URI.create("http://localhost:8080/api/v1"));
    }

    @Test
    void requiresAnApiKey() {
        assertThatThrownBy(() -> TicketsClient.builder().build())
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("apiKey is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t", "key\r\nX-Injected: yes"})
    void refusesABlankOrMultiLineApiKey(String key) {
        assertThatThrownBy(() -> TicketsClient.builder().apiKey(key))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageNotContaining("X-Injected");
    }

    @Test
    void refusesANullApiKey() {
        assertThatThrownBy(() -> TicketsClient.builder().apiKey(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/api", "/api/v1", "https://example.com/api?x=1",
        "https://user:pw@example.com/api", "https://example.com/api#top"})
    void refusesABaseUrlThatIsNotAPlainAbsoluteHttpUrl(String url) {
        assertThatThrownBy(() -> TicketsClient.builder().baseUrl(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTimeoutsThatAreNotPositive() {
        assertThatThrownBy(() -> TicketsClient.builder().connectTimeout(Duration.ZERO))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketsClient.builder().requestTimeout(Duration.ofSeconds(-1)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsTheApiKey() {
        TicketsClient.Builder builder = TicketsClient.builder().apiKey(KEY).requestTimeout(Duration.ofSeconds(7));
        TicketsClient client = builder.build();

        assertThat(builder.toString()).doesNotContain(KEY).contains("apiKey=****");
        assertThat(client.toString()).doesNotContain(KEY).contains("apiKey=****")
            .contains("https://dashboard.skylightchat.com/api/v1").contains("PT7S");
        assertThat(new RequestDecorator(KEY, "ua").toString()).doesNotContain(KEY);
    }

    @Test
    void namesTheToolkitAndItsVersionInTheUserAgent() {
        assertThat(ClientVersion.userAgent()).isEqualTo("skylight-tickets-java-client/" + ClientVersion.version());
        assertThat(ClientVersion.version()).isNotEqualTo("unknown").doesNotContain("${");
    }
}
