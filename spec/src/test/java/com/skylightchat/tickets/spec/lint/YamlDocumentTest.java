package com.skylightchat.tickets.spec.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlDocumentTest {

    private static final String YAML = """
            openapi: 3.0.3
            paths:
              /tickets/{id}:
                get:
                  parameters:
                    - name: id
                      in: path
            """;

    @Test
    void knowsTheLineOfEveryKeyAndArrayElement() {
        YamlDocument document = YamlDocument.parse("t.yaml", YAML);

        assertThat(document.lineOf("/openapi")).isEqualTo(1);
        assertThat(document.lineOf(Pointers.of("paths", "/tickets/{id}", "get"))).isEqualTo(4);
        assertThat(document.lineOf(Pointers.of("paths", "/tickets/{id}", "get", "parameters") + "/0")).isEqualTo(6);
        assertThat(document.lineOf(Pointers.of("paths", "/tickets/{id}", "get", "parameters") + "/0/in")).isEqualTo(7);
    }

    @Test
    void fallsBackToTheNearestAncestorForAMissingNode() {
        YamlDocument document = YamlDocument.parse("t.yaml", YAML);

        assertThat(document.lineOf(Pointers.of("paths", "/tickets/{id}", "get", "responses"))).isEqualTo(4);
    }

    @Test
    void rejectsDuplicateKeysWithTheirLine() {
        assertThatThrownBy(() -> YamlDocument.parse("t.yaml", "a: 1\nb: 2\na: 3\n"))
                .isInstanceOfSatisfying(YamlSyntaxException.class, e -> {
                    assertThat(e.finding().rule()).isEqualTo("yaml-syntax");
                    assertThat(e.finding().line()).isEqualTo(3);
                });
    }
}
