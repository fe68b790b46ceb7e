package com.skylightchat.tickets.stub.testing.outside;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.stub.testing.support.ReadmeSnippets;
import com.skylightchat.tickets.testsupport.NestedMaven;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A team outside ours, following this module's README alone: a new Maven project with the README's dependencies
 * (the BOM, the client, the stub for tests) and the README's test classes, built against this build's artifacts.
 * It must be green on the first try, resolve one Jackson version, and fail — with the stub's explanation — when its
 * test calls a request the contract does not have.
 */
class OutsideProjectIT {

    @Test
    void isGreenOnTheFirstTryRunningTheReadmesTests() {
        // given
        OutsideProject project = fromTheReadme("outside-project");

        // when
        NestedMaven.Outcome build = project.mvn("test");

        // then
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0");
    }

    @Test
    void pinsThePluginVersionsThisBuildUsesSoTheyResolveWhereverThisBuildDid() {
        String pom = ReadmeSnippets.block("outside-pom");
        for (String plugin : List.of("compiler", "resources", "surefire")) {
            assertThat(pom).as(plugin).contains("<artifactId>maven-" + plugin + "-plugin</artifactId>\n      <version>"
                    + System.getProperty(plugin + "-plugin.version") + "</version>");
        }
    }

    @Test
    void resolvesOneJacksonVersionTheOneTheToolkitIsTestedWith() {
        // when
        NestedMaven.Outcome build = fromTheReadme("outside-project-dependencies").mvn(
                "org.apache.maven.plugins:maven-dependency-plugin:" + System.getProperty("dependency-plugin.version")
                        + ":list", "-DincludeGroupIds=com.fasterxml.jackson.core,com.fasterxml.jackson.datatype,"
                        + "com.fasterxml.jackson.dataformat");

        // then
        assertThat(build.exitCode()).as(build.output()).isZero();
        String release = System.getProperty("jackson.version");
        Map<String, String> versions = Pattern.compile("com\\.fasterxml\\.jackson\\.\\w+:([\\w-]+):jar:([\\w.]+):")
                .matcher(build.output()).results()
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2), (a, b) -> a + ", " + b, TreeMap::new));
        assertThat(versions).containsKeys("jackson-core", "jackson-databind", "jackson-annotations");
        versions.forEach((artifact, version) -> assertThat(version).as(artifact).isEqualTo(
                // since 2.20 jackson-annotations carries only the minor version of the release it belongs to
                artifact.equals("jackson-annotations") ? release.substring(0, release.lastIndexOf('.')) : release));
    }

    @Test
    void failsWithTheStubsExplanationWhenItsTestCallsARequestTheContractLacks() {
        // given: the sample whose code treats the stub's 404 as "no such ticket", so its own assertion passes
        OutsideProject project = fromTheReadme("outside-project-unrecorded").test("UnmatchedRequestSample",
                OutsideProject.sampleWithoutPackage("UnmatchedRequestSample"));

        // when
        NestedMaven.Outcome build = project.mvn("test",
                "-Dtest=UnmatchedRequestSample#looksUpATicketTheContractDoesNotHave");

        // then
        assertThat(build.exitCode()).isNotZero();
        assertThat(build.output()).contains("no interaction of the contract matches",
                "no interaction matched GET /api/v1/tickets/15");
    }

    private static OutsideProject fromTheReadme(String directory) {
        return OutsideProject.create(Path.of("target", directory).toAbsolutePath(), "outside-pom")
                .testFromReadme("TicketLookupTest", "junit")
                .testFromReadme("HelpDeskWidgetTest", "junit-simulate");
    }
}
