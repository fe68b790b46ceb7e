package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Error bodies are read tolerantly: whatever is not in the spec's shape is simply absent. */
class ErrorBodyTest {
    private static final UnaryOperator<String> NO_SECRET = UnaryOperator.identity();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void readsMessageAndFieldErrorsInTheirOrder() {
        ErrorBody body = ErrorBody.parse(mapper,
            "{\"success\":false,\"message\":\"m\",\"errors\":{\"b\":[\"1\",\"2\"],\"a\":[\"3\"]}}", NO_SECRET);

        assertThat(body.message()).isEqualTo("m");
        assertThat(body.fieldErrors()).containsExactly(Map.entry("b", List.of("1", "2")), Map.entry("a", List.of("3")));
        assertThat(body.json()).isEqualTo(
            "{\"success\":false,\"message\":\"m\",\"errors\":{\"b\":[\"1\",\"2\"],\"a\":[\"3\"]}}");
    }

    @Test
    void acceptsASingleStringWhereAListOfMessagesIsExpected() {
        ErrorBody body = ErrorBody.parse(mapper, "{\"message\":\"m\",\"errors\":{\"reply\":\"too long\"}}", NO_SECRET);

        assertThat(body.fieldErrors()).containsExactly(Map.entry("reply", List.of("too long")));
    }

    @Test
    void treatsHtmlAnEmptyBodyAndAJsonArrayAsHavingNoMessage() {
        for (String raw : new String[] {"<html>oops</html>", "", "[1,2]", "\"text\"", "{\"message\":null}"}) {
            ErrorBody body = ErrorBody.parse(mapper, raw, NO_SECRET);
            assertThat(body.message()).as(raw).isNull();
            assertThat(body.fieldErrors()).as(raw).isEmpty();
            assertThat(body.raw()).as(raw).isEqualTo(raw);
        }
    }

    @Test
    void rewritesAnIndentedJsonBodyOnOneLine() {
        ErrorBody body = ErrorBody.parse(mapper, "{\n  \"error\" : \"no match\",\n  \"nearMisses\" : [ ]\n}", NO_SECRET);

        assertThat(body.message()).isNull();
        assertThat(body.json()).isEqualTo("{\"error\":\"no match\",\"nearMisses\":[]}");
    }

    @Test
    void redactsEveryTextAfterParsingSoThatAnEscapedSecretIsCaughtToo() {
        // given: the secret "a/b" written the way PHP's json_encode does, and once as a unicode escape
        String raw = "{\"message\":\"key a\\/b is revoked\",\"errors\":{\"key\":[\"\\u0061/b\"]}}";
        // when
        ErrorBody body = ErrorBody.parse(mapper, raw, text -> text == null ? null : text.replace("a/b", "****"));
        // then
        assertThat(body.message()).isEqualTo("key **** is revoked");
        assertThat(body.fieldErrors()).containsExactly(Map.entry("key", List.of("****")));
        assertThat(body.json()).doesNotContain("a/b").contains("key **** is revoked");
    }

    @Test
    void ignoresErrorsThatAreNotAnObject() {
        assertThat(ErrorBody.parse(mapper, "{\"message\":\"m\",\"errors\":[\"x\"]}", NO_SECRET).fieldErrors()).isEmpty();
    }

    @Test
    void handsOutAnUnmodifiableMap() {
        Map<String, List<String>> errors = ErrorBody.parse(mapper, "{\"errors\":{\"a\":[\"1\"]}}", NO_SECRET).fieldErrors();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> errors.put("b", List.of()))
            .isInstanceOf(UnsupportedOperationException.class);
    }
}
