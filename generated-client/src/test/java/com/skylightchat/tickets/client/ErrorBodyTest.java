package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error bodies are read tolerantly: whatever is not in the spec's shape is simply absent. */
class ErrorBodyTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void readsMessageAndFieldErrorsInTheirOrder() {
        ErrorBody body = ErrorBody.parse(mapper,
            "{\"success\":false,\"message\":\"m\",\"errors\":{\"b\":[\"1\",\"2\"],\"a\":[\"3\"]}}");

        assertThat(body.message()).isEqualTo("m");
        assertThat(body.fieldErrors()).containsExactly(Map.entry("b", List.of("1", "2")), Map.entry("a", List.of("3")));
        assertThat(body.json()).isTrue();
    }

    @Test
    void acceptsASingleStringWhereAListOfMessagesIsExpected() {
        ErrorBody body = ErrorBody.parse(mapper, "{\"message\":\"m\",\"errors\":{\"reply\":\"too long\"}}");

        assertThat(body.fieldErrors()).containsExactly(Map.entry("reply", List.of("too long")));
    }

    @Test
    void treatsHtmlAnEmptyBodyAndAJsonArrayAsHavingNoMessage() {
        for (String raw : new String[] {"<html>oops</html>", "", "[1,2]", "\"text\"", "{\"message\":null}"}) {
            ErrorBody body = ErrorBody.parse(mapper, raw);
            assertThat(body.message()).as(raw).isNull();
            assertThat(body.fieldErrors()).as(raw).isEmpty();
            assertThat(body.raw()).as(raw).isEqualTo(raw);
        }
    }

    @Test
    void ignoresErrorsThatAreNotAnObject() {
        assertThat(ErrorBody.parse(mapper, "{\"message\":\"m\",\"errors\":[\"x\"]}").fieldErrors()).isEmpty();
    }

    @Test
    void handsOutAnUnmodifiableMap() {
        Map<String, List<String>> errors = ErrorBody.parse(mapper, "{\"errors\":{\"a\":[\"1\"]}}").fieldErrors();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> errors.put("b", List.of()))
            .isInstanceOf(UnsupportedOperationException.class);
    }
}
