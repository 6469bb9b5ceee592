package org.gdplayground;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guards the layout by feature: the engine is pure Java, and no package cycles anywhere. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gdplayground");
    }

    @Test
    void engineDependsOnNoFrameworkAndNoOuterLayer() {
        noClasses().that().resideInAPackage("org.gdplayground.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.vaadin..", "org.springframework..", "jakarta.servlet..",
                        "org.gdplayground.ui..", "org.gdplayground.api..", "org.gdplayground.session..",
                        "org.gdplayground.system..", "org.gdplayground.scenario..")
                .because("the engine is the numeric truth: pure Java, usable and testable anywhere")
                .check(classes);
    }

    @Test
    void engineImportsAreFewAndKnown() {
        noClasses().that().resideInAPackage("org.gdplayground.engine..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "org.gdplayground.engine..", "java..", "org.apache.commons.math3..", "org.jspecify..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching("org.gdplayground.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noCyclesInsideTheEngine() {
        slices().matching("org.gdplayground.engine.(*)..").should().beFreeOfCycles().check(classes);
    }
}
