package org.gdplayground;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the layout by feature: the engine is pure Java, and no package cycles anywhere — between feature packages,
 * inside the engine, and inside the ui (its root included); ui/common and ui/chart name no page of their own.
 */
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

    /**
     * The ui's sub-packages and its root (the shell: MainLayout, which every view names as its layout) form no
     * cycle: the shell links to views by route path, not by class, and the shared card that shows a 3-D face lives
     * with the 3-D view.
     */
    @Test
    void noCyclesInsideTheUiIncludingItsRoot() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (p.equals("org.gdplayground.ui")) {
                    return SliceIdentifier.of("ui (root)");
                }
                if (p.startsWith("org.gdplayground.ui.")) {
                    return SliceIdentifier.of(p.substring("org.gdplayground.ui.".length()).split("\\.")[0]);
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "ui and its sub-packages";
            }
        }).should().beFreeOfCycles().check(classes);
    }

    /** ui/common and ui/chart are shared by every page: they name no feature package and not the shell. */
    @Test
    void sharedUiImportsNoFeaturePackage() {
        noClasses().that().resideInAPackage("org.gdplayground.ui.common..")
                .should().dependOnClassesThat(resideInAPackage("org.gdplayground.ui..")
                        .and(not(resideInAnyPackage("org.gdplayground.ui.common..", "org.gdplayground.ui.chart.."))))
                .because("ui/common is what every page builds on; a page's own classes build on it, not under it")
                .check(classes);
        noClasses().that().resideInAPackage("org.gdplayground.ui.chart..")
                .should().dependOnClassesThat(resideInAPackage("org.gdplayground.ui..")
                        .and(not(resideInAPackage("org.gdplayground.ui.chart.."))))
                .check(classes);
    }
}
