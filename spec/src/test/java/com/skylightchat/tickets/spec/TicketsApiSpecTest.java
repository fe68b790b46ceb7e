package com.skylightchat.tickets.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skylightchat.tickets.spec.testing.Fixtures;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // operationId,   method, path (below servers[0].url), success status: as the provider's reference states
        "listTickets,     GET,  /tickets,             200",
        "createTicket,    POST, /tickets,             201",
        "getTicket,       GET,  /tickets/{id},        200",
        "replyToTicket,   POST, /tickets/{id}/reply,  200",
        "closeTicket,     POST, /tickets/{id}/close,  200",
        "listDepartments, GET,  /tickets/departments, 200",
    })
    void specDescribesEachOperationOfTheProvidersReference(String operationId, String method, String path, String success) {
        // when
        Operation operation = TicketsApiSpec.bundled().openApi().getPaths().get(path)
                .readOperationsMap().get(PathItem.HttpMethod.valueOf(method));

        // then
        assertThat(operation).as(method + " " + path).isNotNull();
        assertThat(operation.getOperationId()).isEqualTo(operationId);
        assertThat(operation.getResponses()).containsKeys(success, "401");
    }

    @Test
    void specServesTheReferencesBaseUrl() {
        assertThat(TicketsApiSpec.bundled().openApi().getServers().get(0).getUrl())
                .isEqualTo("https://dashboard.skylightchat.com/api/v1");
    }

    @Test
    void everyOperationDeclaresItsOwnSecurity() {
        // given: every operation the spec has, however many
        List<Operation> operations = TicketsApiSpec.bundled().openApi().getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream()).toList();

        // then: validators ignore the top-level default, so each one carries the X-Api-Key requirement itself
        assertThat(operations).isNotEmpty().allSatisfy(op -> assertThat(op.getSecurity()).as(op.getOperationId()).isNotEmpty());
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
