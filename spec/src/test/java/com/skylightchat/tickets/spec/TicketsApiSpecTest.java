package com.skylightchat.tickets.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skylightchat.tickets.spec.testing.Fixtures;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TicketsApiSpecTest {

    @Test
    void bundledDocumentIsTheRepositoryFileUnchanged() {
        // when
        TicketsApiSpec bundled = TicketsApiSpec.bundled();

        // then
        assertThat(bundled.yaml()).isEqualTo(Fixtures.read(Fixtures.specFile()));
        assertThat(bundled.location()).endsWith(TicketsApiSpec.RESOURCE);
    }

    @Test
    void swaggerParserReadsTheSpecWithZeroMessages() {
        // when
        SwaggerParseResult result = TicketsApiSpec.bundled().parse();

        // then
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
    }

    @Test
    void specDeclaresTheSixOperationsEachWithItsOwnSecurity() {
        // given
        OpenAPI api = TicketsApiSpec.bundled().openApi();

        // when
        List<Operation> operations = api.getPaths().values().stream()
                .flatMap(path -> Stream.of(path.getGet(), path.getPost(), path.getPut(), path.getDelete(), path.getPatch()))
                .filter(Objects::nonNull).toList();

        // then
        assertThat(operations).extracting(Operation::getOperationId).containsExactlyInAnyOrder(
                "listTickets", "createTicket", "getTicket", "replyToTicket", "closeTicket", "listDepartments");
        assertThat(operations).allSatisfy(op -> assertThat(op.getSecurity()).isNotEmpty());
        assertThat(api.getServers().get(0).getUrl()).isEqualTo("https://dashboard.skylightchat.com/api/v1");
    }

    @Test
    void versionIsSemantic() {
        assertThat(TicketsApiSpec.bundled().version()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void currentPrefersTheRepositoryFileNamedByTheBuild() {
        // given the build sets tickets.spec.file for every test JVM
        assertThat(System.getProperty(TicketsApiSpec.SPEC_FILE_PROPERTY)).isNotBlank();

        // when
        TicketsApiSpec current = TicketsApiSpec.current();

        // then
        assertThat(current.location()).isEqualTo(Fixtures.specFile().toString());
    }

    @Test
    void openApiRefusesADocumentThatSwaggerParserComplainsAbout() {
        // given
        TicketsApiSpec broken = TicketsApiSpec.fromString("parser-error.yaml", Fixtures.resource("lint/parser-error.yaml"));

        // when / then
        assertThat(broken.parse().getMessages()).isNotEmpty();
        assertThatThrownBy(broken::openApi)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parser-error.yaml")
                .hasMessageContaining("respones");
    }
}
