package dev.supervisorportal.backend;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Package by feature: a feature's root package is its API, its internal package is nobody else's business. */
class ArchitectureTest {

    private static final JavaClasses BACKEND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.supervisorportal.backend");

    @Test
    void internalsAreUsedOnlyInsideTheirFeature() {
        SlicesRuleDefinition.slices().matching("dev.supervisorportal.backend.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("..internal.."))
                .check(BACKEND);
    }

    @Test
    void entitiesStayInInternalPackages() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().resideInAPackage("..internal..")
                .check(BACKEND);
    }

    @Test
    void theBackendKnowsNothingOfTheUi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "dev.supervisorportal.portal..")
                .check(BACKEND);
    }
}
