package com.skylightchat.tickets.stub;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The stub's packages are layers, each using only those below it, and no package cycles; only the CLI writes to
 * stdout and stderr. See {@code package-info.java} of the root package for the picture.
 */
class ArchitectureTest {

    private static final String ROOT = "com.skylightchat.tickets.stub";
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** The layers, top to bottom, as {@code name, packages...}: a layer may use every layer below it, none above. */
    static final List<List<String>> LAYERS = List.of(
            List.of("launcher", ROOT + ".launcher.."),
            List.of("cli", ROOT + ".cli.."),
            List.of("api", ROOT),
            List.of("server", ROOT + ".server.."),
            List.of("modes", ROOT + ".replay..", ROOT + ".simulator.."),
            List.of("faults", ROOT + ".faults.."),
            List.of("admin", ROOT + ".admin.."),
            List.of("matching", ROOT + ".matching.."),
            List.of("journal", ROOT + ".journal.."),
            List.of("loader", ROOT + ".loader.."),
            List.of("http", ROOT + ".http.."));

    static Architectures.LayeredArchitecture layers() {
        Architectures.LayeredArchitecture rule = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers();
        for (List<String> layer : LAYERS) {
            rule = rule.layer(layer.get(0)).definedBy(layer.subList(1, layer.size()).toArray(String[]::new));
        }
        rule = rule.whereLayer(LAYERS.get(0).get(0)).mayNotBeAccessedByAnyLayer();
        for (int i = 1; i < LAYERS.size(); i++) {
            String[] above = LAYERS.subList(0, i).stream().map(l -> l.get(0)).toArray(String[]::new);
            rule = rule.whereLayer(LAYERS.get(i).get(0)).mayOnlyBeAccessedByLayers(above);
        }
        return rule;
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layers().check(CLASSES);
    }

    @Test
    void noPackageDependsOnAPackageThatDependsOnIt() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The two rules above are not vacuous: one class in the bottom layer that uses the server layer fails both. */
    @Test
    void aPlantedCycleFailsTheLayeringAndTheCycleRules() throws ClassNotFoundException {
        JavaClasses planted = new ClassFileImporter().importClasses(
                Class.forName(ROOT + ".http.PlantedCycle"), com.skylightchat.tickets.stub.server.StubHttpServer.class,
                com.skylightchat.tickets.stub.http.Responder.class);
        assertThatThrownBy(() -> layers().check(planted)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("PlantedCycle").hasMessageContaining("StubHttpServer");
        assertThatThrownBy(() -> slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected")
                .hasMessageContaining("PlantedCycle");
    }

    @Test
    void onlyTheCliWritesToStandardOut() {
        noClasses().that().resideOutsideOfPackages("..stub.cli..", "..stub.launcher..")
                .should().accessField(System.class, "out")
                .because("stdout belongs to the CLI (start-up line, --help); everything else logs through SLF4J")
                .check(CLASSES);
    }

    @Test
    void nothingButTheCliWritesToStandardError() {
        noClasses().that().resideOutsideOfPackages("..stub.cli..", "..stub.launcher..")
                .should().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void matchingAndLoadingKnowNothingOfTheHttpServer() {
        noClasses().that().resideInAnyPackage("..stub.matching..", "..stub.loader..", "..stub.http..",
                        "..stub.replay..", "..stub.simulator..", "..stub.admin..")
                .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "org.xnio..")
                .check(CLASSES);
    }
}
