package com.skylightchat.tickets.stub.testing.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.stub.testing.support.ReadmeSnippets;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The README shows exactly the code that the tests in this package compile and run (its dependency snippet and
 * first test run in a project of their own: {@code OutsideProjectIT}).
 */
class ReadmeSnippetsTest {
    private static final String PACKAGE = "com/skylightchat/tickets/stub/testing/readme/";

    @ParameterizedTest(name = "README block {0} is {1}")
    @CsvSource({
        "junit-programmatic, PartnerPactsIT.java",
        "testcontainers,     ContainerExampleIT.java",
        "junit-simulate,     HelpDeskWidgetTest.java",
        "testcontainers-simulate, SimulatorContainerExampleIT.java",
    })
    void showsTheCodeOfATestThatRuns(String snippet, String source) {
        assertThat(ReadmeSnippets.block(snippet)).isEqualTo(ReadmeSnippets.region(PACKAGE + source, snippet));
    }

    @Test
    void namesTheVersionThisBuildProducesWhereverItNamesTheImageOrTheArtifact() throws IOException {
        // given
        String version = System.getProperty("project.version");
        String readme = Files.readString(ReadmeSnippets.README);

        // then
        Matcher tags = Pattern.compile("skylight/tickets-stub:([\\w.-]+)").matcher(readme);
        int found = 0;
        while (tags.find()) {
            found++;
            assertThat(tags.group(1)).as("tag in %s", tags.group()).isIn(version, "latest", "TAG");
        }
        assertThat(found).isPositive();
        assertThat(readme).contains("<version>" + version + "</version>");
    }

    @Test
    void documentsTheCommandsThatTheCommandTestsRun() {
        assertThat(ReadmeSnippets.block("cli")).contains("java -jar stub-server/target/tickets-stub-server.jar");
        assertThat(ReadmeSnippets.block("docker")).contains("docker run");
        assertThat(ReadmeSnippets.block("curl")).startsWith("curl ");
    }
}
