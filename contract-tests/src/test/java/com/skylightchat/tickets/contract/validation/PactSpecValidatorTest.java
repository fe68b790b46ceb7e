package com.skylightchat.tickets.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.contract.pact.PactFileReader;
import com.skylightchat.tickets.contract.pact.RecordedPact;
import com.skylightchat.tickets.contract.testing.TestPaths;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PactSpecValidatorTest {

    private static PactSpecValidator validator;
    private final PactFileReader reader = new PactFileReader();

    @BeforeAll
    static void loadSpec() {
        validator = PactSpecValidator.forSpec(TestPaths.specFile());
    }

    @ParameterizedTest(name = "{0} agrees with the spec")
    @ValueSource(strings = {"accepted/departments-and-ticket-v4.json", "accepted/departments-v3.json",
        "accepted/refused-invalid-input-422.json"})
    void acceptsPactsThatAgreeWithTheSpecInV3AndV4Layout(String fixture) {
        // given
        RecordedPact pact = reader.read(TestPaths.fixture(fixture));

        // when
        List<SpecViolation> violations = validator.validate(pact);

        // then
        assertThat(pact.interactions()).isNotEmpty();
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0} is rejected: {1} {2}")
    @CsvSource({
        "rejected/undocumented-status.json,  response, validation.response.status.unknown",
        "rejected/wrong-field-type.json,     response, validation.response.body.schema.type",
        "rejected/missing-api-key.json,      request,  validation.request.security.missing",
        "rejected/unknown-query-value.json,  request,  validation.request.parameter.schema.enum",
        "rejected/invalid-request-body.json, request,  validation.request.body.schema.required",
        "rejected/refusal-without-api-key.json, request, validation.request.security.missing",
    })
    void rejectsPactsThatDisagreeWithTheSpecNamingFileInteractionPartAndRule(String fixture, String part,
                                                                            String rule) {
        // given
        RecordedPact pact = reader.read(TestPaths.fixture(fixture));
        String description = pact.interactions().get(0).description();

        // when
        List<SpecViolation> violations = validator.validate(pact);

        // then
        assertThat(violations).as(violations.toString())
                .anySatisfy(violation -> {
                    assertThat(violation.pactFile()).isEqualTo(pact.fileName());
                    assertThat(violation.interaction()).isEqualTo(description);
                    assertThat(violation.part()).isEqualTo(part);
                    assertThat(violation.rule()).isEqualTo(rule);
                    assertThat(violation.describe()).contains(pact.fileName(), description, part, rule);
                });
    }

    @Test
    void reportsEveryViolationOfEveryPactInFileOrder() {
        // given
        List<RecordedPact> pacts = reader.readDirectory(TestPaths.fixture("rejected"));

        // when
        List<SpecViolation> violations = validator.validate(pacts);

        // then
        assertThat(violations).extracting(SpecViolation::pactFile).containsSubsequence(
                "invalid-request-body.json", "missing-api-key.json", "refusal-without-api-key.json",
                "undocumented-status.json",
                "unknown-query-value.json", "wrong-field-type.json");
    }
}
