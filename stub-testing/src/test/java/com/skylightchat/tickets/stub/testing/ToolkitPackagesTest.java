package com.skylightchat.tickets.stub.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No package cycles anywhere in the toolkit. This module sits on top of all the others, so its classpath holds the
 * main classes of every module (spec, generated client, contract-tests, stub-server, test support, this one): one
 * rule checks them all, each package a slice. The stub server's finer layering rules are its own
 * ({@code ArchitectureTest} there).
 */
class ToolkitPackagesTest {

    private static final String TOOLKIT = "com.skylightchat.tickets";

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar")) // other modules' test jars
            .importPackages(TOOLKIT);

    @Test
    void everyModuleIsOnTheClasspathChecked() {
        Set<String> packages = MAIN_CLASSES.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(packages).contains(TOOLKIT + ".spec", TOOLKIT + ".client", TOOLKIT + ".contract.pact",
                TOOLKIT + ".stub", TOOLKIT + ".testsupport", TOOLKIT + ".stub.testing");
    }

    @Test
    void noPackageDependsOnAPackageThatDependsOnIt() {
        slices().matching(TOOLKIT + ".(**)").should().beFreeOfCycles().check(MAIN_CLASSES);
    }
}
