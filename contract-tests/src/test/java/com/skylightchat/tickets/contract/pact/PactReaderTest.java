package com.skylightchat.tickets.contract.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skylightchat.tickets.contract.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PactReaderTest {

    @Test
    void readsAPactJsV4PactWithArrayHeadersWrappedBodiesAndMatchers() {
        // when
        PactDocument pact = PactReader.read(TestPaths.fixture("partner/skylight-help-widget-v4.json"));

        // then
        assertThat(pact.consumer()).isEqualTo("skylight-help-widget");
        assertThat(pact.provider()).isEqualTo("skylight-tickets-api");
        HttpInteraction list = pact.interactions().get(1);
        assertThat(list.request().getPath()).isEqualTo("/api/v1/tickets");
        assertThat(list.request().getQuery()).containsEntry("status", List.of("open"));
        assertThat(list.response().getMatchingRules().rulesForCategory("body").isNotEmpty()).isTrue();
        assertThat(pact.interactions().get(2).request().getBody().valueAsString()).contains("Cannot export invoices");
    }

    @Test
    void readsAPactJsV3PactWithStringHeadersPlainBodiesStatesAndAPathMatcher() {
        // when
        PactDocument pact = PactReader.read(TestPaths.fixture("partner/skylight-help-widget-v3.json"));

        // then
        HttpInteraction ticket = pact.interactions().get(0);
        assertThat(ticket.name()).isEqualTo("interactions[0] \"a request for ticket 14 from the help widget\"");
        assertThat(ticket.exchange().getProviderStates()).singleElement()
                .satisfies(state -> assertThat(state.getParams().get("id")).hasToString("14"));
        assertThat(ticket.request().getHeaders()).containsEntry("X-Api-Key", List.of("test-api-key"));
        assertThat(ticket.request().getMatchingRules().rulesForCategory("path").isNotEmpty()).isTrue();
    }

    @Test
    void skipsMessagesKeepingThePositionsOfTheFile(@TempDir Path dir) throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("mixed.json"), """
                {"consumer":{"name":"c"},"provider":{"name":"p"},
                 "interactions":[
                   {"type":"Asynchronous/Messages","description":"event","contents":{}},
                   {"type":"Synchronous/HTTP","description":"list","providerStates":[{"name":"tickets exist"}],
                    "request":{"method":"GET","path":"/api/v1/tickets","query":{"x":["a b"]}},
                    "response":{"status":200}}],
                 "metadata":{"pactSpecification":{"version":"4.0"}}}""");

        // when
        PactDocument pact = PactReader.read(file);

        // then
        assertThat(pact.skipped()).containsExactly("event");
        assertThat(pact.interactions()).singleElement().satisfies(list -> {
            assertThat(list.index()).isEqualTo(1);
            assertThat(list.request().getQuery()).containsEntry("x", List.of("a b"));
        });
    }

    @Test
    void readsALargePactWhoseMetadataComesLastKeepingEveryPositionAndNumber(@TempDir Path dir) throws Exception {
        // given: more interactions than the reader hands Pact JVM at a time, metadata after them (Pact JVM's order)
        Path file = Files.writeString(dir.resolve("large.json"), largePact(600, ""));

        // when
        PactDocument pact = PactReader.read(file);

        // then
        assertThat(pact.consumer()).isEqualTo("c");
        assertThat(pact.interactions()).hasSize(600);
        assertThat(pact.interactions()).extracting(HttpInteraction::index).containsExactlyElementsOf(
                IntStream.range(0, 600).boxed().toList());
        HttpInteraction last = pact.interactions().get(599);
        assertThat(last.description()).isEqualTo("ticket 599");
        assertThat(last.request().getPath()).isEqualTo("/api/v1/tickets/599");
        assertThat(last.response().getBody().valueAsString()).isEqualTo("{\"id\":599,\"score\":1.50}");
    }

    @Test
    void namesABrokenInteractionByItsPositionInALargePact(@TempDir Path dir) throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("large.json"), largePact(600,
                "{\"type\":\"Synchronous/HTTP\",\"description\":\"half\",\"response\":{\"status\":200}}"));

        // then: the broken one is the 601st entry, after 600 good ones
        assertThatThrownBy(() -> PactReader.read(file)).hasMessage(file
                + ": interactions[600] \"half\": the HTTP interaction has no \"request\" object");
    }

    @Test
    void readsALargeV2PactWithItsV2ProviderStatesInSlices(@TempDir Path dir) throws Exception {
        // given: V2's singular providerState, more interactions than one slice, a trailing comma as some tools write
        String interactions = IntStream.range(0, 300).mapToObj(i -> """
                {"description":"ticket %d","providerState":"ticket %d exists",
                 "request":{"method":"GET","path":"/api/v1/tickets/%d"},"response":{"status":200,"body":{"id":%d}}},"""
                .formatted(i, i, i, i)).collect(Collectors.joining());
        Path file = Files.writeString(dir.resolve("v2.json"), pact("2.0.0", interactions));

        // when
        PactDocument pact = PactReader.read(file);

        // then
        assertThat(pact.interactions()).hasSize(300);
        HttpInteraction last = pact.interactions().get(299);
        assertThat(last.index()).isEqualTo(299);
        assertThat(last.exchange().getProviderStates()).singleElement()
                .satisfies(state -> assertThat(state.getName()).isEqualTo("ticket 299 exists"));
        assertThat(last.response().getBody().valueAsString()).isEqualTo("{\"id\":299}");
    }

    @Test
    void namesThePlaceOfJsonNestedBeyondWhatItReads(@TempDir Path dir) throws Exception {
        // given: a body nested 5,000 deep on line 2
        Path file = Files.writeString(dir.resolve("deep.json"), "{\"consumer\": {\"name\": \"c\"},\n \"interactions\": "
                + "[{\"description\":\"d\",\"request\":{\"method\":\"GET\",\"path\":\"/a\",\"body\":"
                + "[".repeat(5_000) + "]".repeat(5_000) + "},\"response\":{\"status\":200}}]}");

        // then
        assertThatThrownBy(() -> PactReader.read(file)).isInstanceOf(PactLoadException.class)
                .hasMessageStartingWith(file + ": not valid JSON: ").hasMessageContaining("nesting depth")
                .hasMessageContaining("(line 2, column");
    }

    @Test
    void refusesADocumentWithTwoInteractionsArrays(@TempDir Path dir) throws Exception {
        // given: Pact JVM would silently read only the second
        Path file = Files.writeString(dir.resolve("twice.json"), """
                {"consumer":{"name":"c"},"provider":{"name":"p"},
                 "interactions":[{"description":"a","request":{"method":"GET","path":"/a"},"response":{"status":200}}],
                 "interactions":[]}""");

        // then
        assertThatThrownBy(() -> PactReader.read(file)).isInstanceOf(PactLoadException.class)
                .hasMessageStartingWith(file + ": not valid JSON: \"interactions\" appears twice (line 3");
    }

    @Test
    void readsAV3MessagePactAsMessagesOnly(@TempDir Path dir) throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("messages.json"), """
                {"consumer":{"name":"c"},"provider":{"name":"p"},
                 "messages":[{"description":"ticket created","contents":{"id":1}}],
                 "metadata":{"pactSpecification":{"version":"3.0.0"}}}""");

        // when
        PactDocument pact = PactReader.read(file);

        // then
        assertThat(pact.interactions()).isEmpty();
        assertThat(pact.skipped()).containsExactly("ticket created");
    }

    @Test
    void namesTheLineAndColumnOfJsonThatDoesNotParse(@TempDir Path dir) throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("comma.json"), "{\"consumer\": {\"name\": \"c\"},\n \"interactions\": [,]}");

        // then
        assertThatThrownBy(() -> PactReader.read(file)).isInstanceOf(PactLoadException.class)
                .hasMessageStartingWith(file + ": not valid JSON: ").hasMessageContaining("(line 2, column")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void refusesJsonThatIsNotAPactNamingTheFile(@TempDir Path dir) throws Exception {
        // given
        Path truncated = Files.writeString(dir.resolve("truncated.json"), "{\"consumer\": ");
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");

        // then
        assertThatThrownBy(() -> PactReader.read(truncated)).isInstanceOf(PactLoadException.class)
                .hasMessageStartingWith(truncated + ": not valid JSON");
        assertThatThrownBy(() -> PactReader.read(array))
                .hasMessage(array + ": not a pact: the document is not a JSON object");
    }

    @Test
    void anUnclosedObjectIsNamedByWhereItOpensWithoutJacksonsInputDescription(@TempDir Path dir) throws Exception {
        // given
        Path unclosed = Files.writeString(dir.resolve("unclosed.json"), "{\"consumer\": {\"name\": \"a\"},\n"
                + "  \"provider\": {\"name\": \"b\"");

        // then
        assertThatThrownBy(() -> PactReader.read(unclosed))
                .hasMessageStartingWith(unclosed + ": not valid JSON: Unexpected end-of-input")
                .hasMessageContaining("(opened at line 2, column 15)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Source"));
    }

    @Test
    void refusesASpecificationVersionPactDoesNotDefine(@TempDir Path dir) throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("future.json"), pact("99.0", """
                {"description":"d","providerStates":[{"name":"s"}],
                 "request":{"method":"GET","path":"/api/v1/tickets"},"response":{"status":200}}"""));

        // then
        assertThatThrownBy(() -> PactReader.read(file))
                .hasMessage(file + ": pactSpecification version '99.0' is not one Pact defines (1.x to 4.x)");
    }

    @Test
    void refusesAnHttpInteractionWithoutARequestNamingIt(@TempDir Path dir) throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("no-request.json"), pact("3.0.0", """
                {"description":"ok","request":{"method":"GET","path":"/a"},"response":{"status":200}},
                {"description":"half an interaction","response":{"status":200}}"""));

        // then
        assertThatThrownBy(() -> PactReader.read(file)).hasMessage(file
                + ": interactions[1] \"half an interaction\": the HTTP interaction has no \"request\" object");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"method\":null,\"path\":\"/a\" | 200   | request.method must be a string, was null",
            "\"method\":\"GET\",\"path\":12  | 200   | request.path must be a string, was 12",
            "\"method\":\"GET\",\"path\":\"/a\" | \"abc\" | response.status must be a whole number from 100 to 599, was \"abc\"",
            "\"method\":\"GET\",\"path\":\"/a\" | 2000  | response.status must be a whole number from 100 to 599, was 2000"})
    void refusesAFieldOfTheWrongTypeNamingInteractionAndField(String request, String status, String why,
                                                               @TempDir Path dir) throws Exception {
        // given: Pact JVM would serve the first as method NULL, the second as path "12", and fail the third
        // with "For input string" naming neither interaction nor field
        Path file = Files.writeString(dir.resolve("typed.json"), pact("3.0.0",
                "{\"description\":\"typed\",\"request\":{" + request + "},\"response\":{\"status\":" + status + "}}"));

        // then
        assertThatThrownBy(() -> PactReader.read(file))
                .hasMessageStartingWith(file + ": interactions[0] \"typed\": " + why);
    }

    @Test
    void refusesARegexMatcherThatDoesNotCompileNamingInteractionAndPlace(@TempDir Path dir) throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("bad-regex.json"), pact("3.0.0", """
                {"description":"tickets by status","request":{"method":"GET","path":"/api/v1/tickets",
                  "query":{"status":["open"]},
                  "matchingRules":{"query":{"status":{"matchers":[{"match":"regex","regex":"open|(answered"}]}}}},
                 "response":{"status":200}}"""));

        // then
        assertThatThrownBy(() -> PactReader.read(file)).isInstanceOf(PactLoadException.class)
                .hasMessageStartingWith(file + ": interactions[0] \"tickets by status\": the regex matcher of "
                        + "request query status does not compile: ");
    }

    @Test
    void refusesAV4InteractionWhoseTypeIsMisspeltNamingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad-type.json"), pact("4.0", """
                {"type":"Synchronous/HTTPS","description":"a typo","request":{"method":"GET","path":"/a"},
                 "response":{"status":200}}"""));

        assertThatThrownBy(() -> PactReader.read(file)).isInstanceOf(PactLoadException.class).hasMessage(file
                + ": interactions[0] \"a typo\": a V4 interaction's \"type\" must be one of [Synchronous/HTTP, "
                + "Asynchronous/Messages, Synchronous/Messages], was 'Synchronous/HTTPS'");
    }

    @Test
    void refusesABrokenRegexNestedInAnEachKeyRule(@TempDir Path dir) throws Exception {
        // given: a V4 body rule whose regex sits inside an eachKey definition
        Path file = Files.writeString(dir.resolve("nested-regex.json"), pact("4.0", """
                {"type":"Synchronous/HTTP","description":"labels","request":{"method":"GET","path":"/a"},
                 "response":{"status":200,"body":{"content":{"x":1},"contentType":"application/json"},
                  "matchingRules":{"body":{"$":{"matchers":[{"match":"eachKey","rules":[
                    {"match":"regex","regex":"(oops"}],"value":"x"}]}}}}}"""));

        // then
        assertThatThrownBy(() -> PactReader.read(file)).isInstanceOf(PactLoadException.class)
                .hasMessageContaining("\"labels\": the regex matcher of response body $ (each key) does not compile");
    }

    @Test
    void listsADirectorysJsonFilesByNameAndRefusesAnEmptyOrMissingOne(@TempDir Path dir) throws Exception {
        // given
        Files.writeString(dir.resolve("b.json"), "{}");
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "");
        Path empty = Files.createDirectory(dir.resolve("empty"));

        // then
        assertThat(PactFiles.resolve(List.of(dir))).containsExactly(dir.resolve("a.json"), dir.resolve("b.json"));
        assertThatThrownBy(() -> PactFiles.resolve(List.of(empty)))
                .hasMessage(empty + ": the directory contains no *.json pact files");
        assertThatThrownBy(() -> PactFiles.resolve(List.of(dir.resolve("gone.json"))))
                .hasMessage(dir.resolve("gone.json") + ": no such file or directory");
    }

    /** A V4 pact of {@code count} interactions for ticket 0 onwards, then {@code extra}, metadata last. */
    private static String largePact(int count, String extra) {
        String interactions = IntStream.range(0, count).mapToObj(i -> """
                {"type":"Synchronous/HTTP","description":"ticket %d",
                 "request":{"method":"GET","path":"/api/v1/tickets/%d"},
                 "response":{"status":200,"body":{"content":{"id":%d,"score":1.50},"contentType":"application/json"}}}"""
                .formatted(i, i, i)).collect(Collectors.joining(","));
        String all = extra.isEmpty() ? interactions : interactions + "," + extra;
        return "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[" + all
                + "],\"metadata\":{\"pactSpecification\":{\"version\":\"4.0\"}}}";
    }

    private static String pact(String version, String interactions) {
        return "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[" + interactions
                + "],\"metadata\":{\"pactSpecification\":{\"version\":\"" + version + "\"}}}";
    }
}
