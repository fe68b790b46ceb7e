package com.skylightchat.tickets.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.contract.pact.PactDocument;
import com.skylightchat.tickets.contract.pact.PactReader;
import com.skylightchat.tickets.contract.testing.TestPaths;
import com.skylightchat.tickets.spec.TicketsApiSpec;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PactSpecValidatorTest {

    private static PactSpecValidator validator;

    @BeforeAll
    static void loadSpec() {
        validator = PactSpecValidator.of(TicketsApiSpec.fromFile(TestPaths.specFile()));
    }

    @ParameterizedTest(name = "{0} agrees with the spec")
    @ValueSource(strings = {"partner/skylight-help-widget-v3.json", "partner/skylight-help-widget-v4.json",
        "partner/refused-invalid-input-422.json"})
    void acceptsPartnerPactsInPactJsV3AndV4LayoutWithMatchersAndStates(String fixture) {
        // given
        PactDocument pact = PactReader.read(TestPaths.fixture(fixture));

        // when
        List<PactViolation> violations = validator.validate(pact);

        // then
        assertThat(pact.interactions()).isNotEmpty();
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0} is rejected: {1} {2}")
    @CsvSource({
        "rejected/undocumented-status.json,  response.status,                   validation.response.status.unknown",
        "rejected/wrong-field-type.json,     response.body.data.id,             validation.response.body.schema.type",
        "rejected/missing-api-key.json,      request.header.X-Api-Key,          validation.request.security.missing",
        "rejected/unknown-query-value.json,  request.query.status,              validation.request.parameter.schema.enum",
        "rejected/invalid-request-body.json, request.body,                      validation.request.body.schema.required",
        "rejected/refusal-without-api-key.json, request.header.X-Api-Key,       validation.request.security.missing",
    })
    void rejectsPactsThatDisagreeWithTheSpecNamingFileInteractionJsonPathAndRule(String fixture, String where,
                                                                                String rule) {
        // given
        PactDocument pact = PactReader.read(TestPaths.fixture(fixture));
        String description = pact.interactions().get(0).description();

        // when
        List<PactViolation> violations = validator.validate(pact);

        // then
        assertThat(violations).as(violations.toString()).anySatisfy(violation -> {
            assertThat(violation.source()).isEqualTo(pact.source());
            assertThat(violation.interaction()).isEqualTo(description);
            assertThat(violation.violation().where()).isEqualTo(where);
            assertThat(violation.violation().rule()).isEqualTo(rule);
            assertThat(violation.describe()).startsWith(pact.source() + ": interactions[0] \"" + description + "\": "
                    + where + ": ").endsWith("[" + rule + "]");
        });
    }

    @Test
    void reportsEachBrokenInteractionOfAPartnerPactOnItsOwnLine() {
        // given
        PactDocument pact = PactReader.read(TestPaths.fixture("partner/skylight-help-widget-broken-v3.json"));

        // when
        List<String> lines = validator.validate(pact).stream().map(PactViolation::describe).toList();

        // then
        String source = pact.source();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(source
                + ": interactions[0] \"a request for ticket 14 from the help widget\": request.path: '/tickets/14' "
                + "does not start with the base path /api/v1"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(source
                + ": interactions[1] \"a request for open high-priority tickets\": response.body.data[0].status: "));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(source
                + ": interactions[2] \"a request to open a ticket from the help widget\": request.body: "));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(source
                + ": interactions[3] \"a request for the departments from the help widget\": response.status: "));
    }

    @Test
    void reportsEveryViolationOfEveryPactInFileOrder() {
        // given
        List<PactDocument> pacts = PactReader.readAll(List.of(TestPaths.fixture("rejected")));

        // when
        List<PactViolation> violations = validator.validate(pacts);

        // then
        assertThat(violations).extracting(v -> TestPaths.fileName(v.source())).containsSubsequence(
                "invalid-request-body.json", "missing-api-key.json", "refusal-without-api-key.json",
                "undocumented-status.json", "unknown-query-value.json", "wrong-field-type.json");
    }
}
