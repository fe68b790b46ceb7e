package com.skylightchat.tickets.stub.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.stub.testing.StubBaseUrl;
import com.skylightchat.tickets.stub.testing.TicketsStubTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Code under test that sends a body that is not JSON and copes with the 400: no interaction can match it. */
@TicketsStubTest
public class MalformedBodySample {

    @Test
    void sendsABrokenBody(@StubBaseUrl URI api) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api + "/tickets")).header("X-Api-Key", "test-api-key")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{not json"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
    }
}
