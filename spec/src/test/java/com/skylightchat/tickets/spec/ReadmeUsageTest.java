package com.skylightchat.tickets.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.spec.diff.BreakingChangeGate;
import com.skylightchat.tickets.spec.diff.ClientGeneration;
import com.skylightchat.tickets.spec.diff.GateResult;
import com.skylightchat.tickets.spec.lint.LintReport;
import com.skylightchat.tickets.spec.lint.SpecLinter;
import com.skylightchat.tickets.spec.testing.Fixtures;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's usage example is this test's body, so it compiles and runs on every build. */
class ReadmeUsageTest {

    @Test
    void readmeUsageExampleRunsAndIsQuotedVerbatim() {
        Path changedCopy = Fixtures.specFile();
        Path generatorOptions = Fixtures.generatorOptions();
        // README:begin
        TicketsApiSpec spec = TicketsApiSpec.bundled();          // the YAML packaged in tickets-spec.jar
        OpenAPI api = spec.openApi();                             // parsed by swagger-parser; throws on any message
        String yaml = spec.yaml();                                // e.g. for OpenApiInteractionValidator

        LintReport lint = SpecLinter.standard().lint(changedCopy);
        lint.findings().forEach(System.out::println);             // tickets-api.yaml:118: [dangling-ref] ...

        ClientGeneration generation = ClientGeneration.inDirectory(generatorOptions, Path.of("target/api-gate-clients"));
        GateResult gate = new BreakingChangeGate(generation).evaluate(spec, TicketsApiSpec.fromFile(changedCopy));
        System.out.println(gate.verdict() + " " + gate.breakingChanges());  // [CreateTicketRequest.body(String): method removed, ...]
        // README:end

        assertThat(api.getInfo().getVersion()).isEqualTo(spec.version());
        assertThat(yaml).contains("openapi:");
        assertThat(lint.isClean()).isTrue();
        assertThat(gate.passes()).isTrue();
        assertThat(Fixtures.read(Fixtures.specFile().resolveSibling("README.md"))).contains(snippet());
    }

    private static String snippet() {
        String source = Fixtures.read(Path.of("src/test/java/com/skylightchat/tickets/spec/ReadmeUsageTest.java"));
        String body = source.substring(source.indexOf("// README:begin\n") + 16, source.indexOf("        // README:end"));
        List<String> lines = Arrays.stream(body.split("\n")).map(line -> line.length() >= 8 ? line.substring(8) : line).toList();
        return String.join("\n", lines);
    }
}
