package com.skylightchat.tickets.spec.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skylightchat.tickets.spec.TicketsApiSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {

    private static final TicketsApiSpec PETS = TicketsApiSpec.fromString("pets-api.yaml", read("validation/pets-api.yaml"));
    private static final Map<String, List<String>> KEY = Map.of("X-Key", List.of("k"));
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    private final SpecValidator validator = SpecValidator.of(PETS);

    @Test
    void aRequestAndResponseThatFollowTheSpecHaveNoViolations() {
        // when
        List<SpecViolation> violations = validator.check(get("/api/v2/pets/7", Map.of(), KEY),
                new ApiResponse(200, JSON, "{\"tags\":[{\"kind\":\"cat\"}]}"));

        // then
        assertThat(violations).isEmpty();
    }

    @Test
    void pathsMustCarryTheBasePathOfTheFirstServer() {
        // when
        List<SpecViolation> violations = validator.checkRequest(get("/pets/7", Map.of(), KEY));

        // then
        assertThat(violations).extracting(SpecViolation::where).containsExactly("request.path");
        assertThat(PETS.basePath()).isEqualTo("/api/v2");
    }

    @Test
    void aResponseBodyViolationIsNamedByItsJsonPath() {
        // when
        List<SpecViolation> violations = validator.check(get("/api/v2/pets/7", Map.of(), KEY),
                new ApiResponse(200, JSON, "{\"tags\":[{\"kind\":\"cat\"},{\"kind\":\"cow\"}]}"));

        // then
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.where()).isEqualTo("response.body.tags[1].kind");
            assertThat(v.message()).contains("cow");
            assertThat(v.inRequest()).isFalse();
        });
    }

    @Test
    void parametersStatusesAndTheKeyHeaderAreNamedToo() {
        // when
        List<SpecViolation> badQuery = validator.checkRequest(get("/api/v2/pets/7", Map.of("view", List.of("all")),
                KEY));
        List<SpecViolation> noKey = validator.checkRequest(get("/api/v2/pets/7", Map.of(), Map.of()));
        List<SpecViolation> undocumented = validator.check(get("/api/v2/pets/7", Map.of(), KEY),
                new ApiResponse(418, Map.of(), null));

        // then
        assertThat(badQuery).extracting(SpecViolation::where).containsExactly("request.query.view");
        assertThat(noKey).extracting(SpecViolation::where).containsExactly("request.header.X-Key");
        assertThat(undocumented).extracting(SpecViolation::where).containsExactly("response.status");
    }

    @Test
    void aDocumentThatIsNotOpenApiIsRefusedNamingIt() {
        assertThatThrownBy(() -> SpecValidator.of(TicketsApiSpec.fromString("notes.yaml", "just: text\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("notes.yaml: ");
    }

    @Test
    void aDocumentThatIsNotYamlIsRefusedNamingTheLineOnOneLine() {
        assertThatThrownBy(() -> SpecValidator.of(TicketsApiSpec.fromString("broken.yaml",
                "openapi: 3.0.3\npaths:\n  /a:\n    get: [\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("OpenAPI document broken.yaml is not YAML: ")
                .hasMessageEndingWith("(line 4, column 11)") // where the unclosed [ opened
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void jsonPointersBecomeJsonPaths() {
        assertThat(ViolationPaths.jsonPath("/data/replies/0/type")).isEqualTo(".data.replies[0].type");
        assertThat(ViolationPaths.jsonPath("/a~1b/c~0d")).isEqualTo(".a/b.c~d");
        assertThat(ViolationPaths.jsonPath("")).isEmpty();
    }

    private static ApiRequest get(String path, Map<String, List<String>> query, Map<String, List<String>> headers) {
        return new ApiRequest("GET", path, query, headers, null);
    }

    private static String read(String resource) {
        try (InputStream in = SpecValidatorTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
