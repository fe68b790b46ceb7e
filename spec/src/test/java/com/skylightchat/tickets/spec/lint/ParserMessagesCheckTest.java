package com.skylightchat.tickets.spec.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserMessagesCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "attribute paths.'/tickets/{id}'(get).respones is unexpected | /paths/~1tickets~1{id}/get/respones",
        "attribute components.schemas.Ticket.typo is unexpected     | /components/schemas/Ticket/typo",
        "paths.'/things'(get).parameters.$ref target #/x is not of expected type | /paths/~1things/get/parameters/$ref",
        "-attribute info is missing                                  | /info",
    })
    void turnsSwaggerParserPathsIntoJsonPointers(String message, String pointer) {
        assertThat(ParserMessagesCheck.pointerOf(message.strip())).isEqualTo(pointer);
    }
}
