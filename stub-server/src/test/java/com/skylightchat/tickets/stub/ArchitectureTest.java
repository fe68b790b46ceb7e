package com.skylightchat.tickets.stub;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Package rules: only the CLI writes to stdout; the matching core knows nothing of HTTP or the CLI. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.skylightchat.tickets.stub");

    @Test
    void onlyTheCliWritesToStandardOut() {
        noClasses().that().resideOutsideOfPackage("..stub.cli..")
                .should().accessField(System.class, "out")
                .because("stdout belongs to the CLI (start-up line, --help); everything else logs through SLF4J")
                .check(CLASSES);
    }

    @Test
    void nothingButTheCliWritesToStandardError() {
        noClasses().that().resideOutsideOfPackage("..stub.cli..")
                .should().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void matchingAndLoadingDoNotDependOnTheHttpLayer() {
        noClasses().that().resideInAnyPackage("..stub.matching..", "..stub.loader..")
                .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "..stub.server..",
                        "..stub.admin..", "..stub.cli..")
                .check(CLASSES);
    }
}
