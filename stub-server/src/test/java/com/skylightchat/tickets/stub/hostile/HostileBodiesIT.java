package com.skylightchat.tickets.stub.hostile;

import com.skylightchat.tickets.stub.StubConfig;
import com.skylightchat.tickets.stub.StubServer;
import com.skylightchat.tickets.stub.journal.JournalEntry;
import com.skylightchat.tickets.testsupport.Http;
import com.skylightchat.tickets.stub.testing.Probe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.skylightchat.tickets.stub.testing.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies meant to hurt: large JSON the matcher would diff for seconds, JSON nested until the stack overflows,
 * bodies over the limit in every encoding, many large bodies for the journal. Each gets a prompt answer that says
 * why, memory stays within what is configured, and a good request keeps being answered during and after (the
 * {@link Probe}). Times asserted here are generous, for a shared machine; the soak benchmark measures them.
 */
class HostileBodiesIT {

    private static final Duration PROMPT = Duration.ofSeconds(5);
    private static StubServer stub;
    private static Http http;

    @BeforeAll
    static void start() {
        stub = StubServer.start(StubConfig.builder().port(0).maxBodyBytes(2 * 1024 * 1024).journalBodyBytes(1024)
                .requestLog(false).build());
        http = new Http(stub.baseUrl());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void largeJsonBodiesAreAnsweredPromptlyWithTheReasonWhileGoodRequestsGoOn() {
        // given: arrays and objects of 12 kB to 850 kB, four of each at once
        List<String> bodies = List.of(array(300), array(1400), array(2000), object(20_000));
        try (Probe probe = Probe.start(http)) {
            // when
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (String body : bodies) {
                for (int i = 0; i < 4; i++) {
                    sent.add(CompletableFuture.supplyAsync(() -> http.post("/api/v1/tickets", body, "X-Api-Key",
                            API_KEY)));
                }
            }
            List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();

            // then: every one answered, none a server error but the "busy, retry" one, none with a stack trace
            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.statusCode()).isIn(404, 503);
                assertThat(answer.body()).doesNotContain("Exception");
            });
            assertThat(answers).filteredOn(a -> a.body().length() > 0 && a.statusCode() == 404)
                    .anySatisfy(a -> assertThat(a.body()).contains("more than the 65536 the stub compares"));
            assertGoodRequestsWereAnswered(probe.stop());
        }
    }

    @Test
    void jsonNestedDeeperThanTwoHundredLevelsIsABadRequestNotAStackOverflow() {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);

        HttpResponse<String> answer = http.post("/api/v1/tickets", deep, "X-Api-Key", API_KEY);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(Http.json(answer).get("reason").asText()).isEqualTo("JSON nested deeper than 200 levels");
    }

    @Test
    void everyBodyOverTheLimitGets413WithTheReasonWhateverItsLengthOrEncoding() {
        for (int megabytes : new int[] {3, 5, 40}) {
            byte[] body = new byte[megabytes * 1024 * 1024];
            HttpResponse<String> declared = http.send(http.request("/api/v1/tickets")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            HttpResponse<String> chunked = http.send(http.request("/api/v1/tickets")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                    .build());

            assertThat(declared.statusCode()).as(megabytes + " MB declared").isEqualTo(413);
            assertThat(chunked.statusCode()).as(megabytes + " MB chunked").isEqualTo(413);
            assertThat(declared.body()).contains("request body larger than 2097152 bytes");
            assertThat(chunked.body()).contains("request body larger than 2097152 bytes");
        }
        assertThat(http.get("/api/v1/tickets/departments", "X-Api-Key", API_KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void theJournalKeepsAtMostTheConfiguredBytesOfEachBody() {
        // given: 50 bodies of a megabyte each
        String megabyte = "x".repeat(1024 * 1024);
        stub.resetJournal();

        // when
        IntStream.range(0, 50).parallel().forEach(i -> http.post("/api/v1/tickets/14/reply", megabyte,
                "X-Api-Key", API_KEY, "Content-Type", "text/plain"));

        // then
        List<JournalEntry> entries = stub.journal();
        assertThat(entries).hasSize(50).allSatisfy(entry -> {
            assertThat(entry.body()).hasSize(1024);
            assertThat(entry.bodyBytes()).isEqualTo(1024 * 1024);
            assertThat(entry.bodyTruncated()).isTrue();
        });
    }

    static void assertGoodRequestsWereAnswered(List<Probe.Answer> answers) {
        assertThat(answers).as("probes").isNotEmpty();
        assertThat(answers).extracting(Probe.Answer::status).as(answers.toString()).containsOnly(200);
        assertThat(Probe.p99(answers)).as("p99 of the good requests").isLessThan(PROMPT);
    }

    private static String array(int items) {
        return IntStream.range(0, items).mapToObj(i -> "{\"a\":" + i + ",\"b\":\"xxxxxxxxxxxxxxxxxxxx\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String object(int keys) {
        return IntStream.range(0, keys).mapToObj(i -> "\"k" + i + "\":\"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
