package dev.supervisorportal.portal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import dev.supervisorportal.backend.common.SystemOnly;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.i18n.TextsUseTheUiArchFixture;
import dev.supervisorportal.portal.ui.CommandForm;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the portal may use of the backend: each feature's API (the classes in its root package), never a feature's
 * {@code internal} package, the REST controllers or the demo data, and never an operation marked
 * {@link SystemOnly} (seeding, the quota ledger, the reconciler's side of the workloads, …), which checks no user's
 * rights; the backend's services are the authorisation boundary. {@link SeedsHostsFromAViewArchFixture} shows each
 * rule fail.
 */
class ArchitectureTest {

    private static final String PORTAL_PACKAGE = "dev.supervisorportal.portal";
    private static final String BACKEND_PACKAGE = "dev.supervisorportal.backend";

    /**
     * The namespace page and the pages it opens (creating workloads, importing YAML) link to each other, so their
     * three packages count as one slice for the cycle rule; any other arrow back and forth between portal packages
     * fails it.
     */
    private static final Set<String> NAMESPACE_PAGES = Set.of("namespaces", "workloads", "manifests");

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PORTAL_PACKAGE);

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importClasses(SeedsHostsFromAViewArchFixture.class);

    private static final ArchRule ONLY_FEATURE_APIS = noClasses().that().resideInAPackage(PORTAL_PACKAGE + "..")
            .should().dependOnClassesThat(resideInAPackage(BACKEND_PACKAGE + "..")
                    .and(DescribedPredicate.not(resideInAPackage(BACKEND_PACKAGE + ".*"))
                            .or(resideInAnyPackage(BACKEND_PACKAGE + ".api", BACKEND_PACKAGE + ".demo")))
                    .as("backend classes outside the features' APIs (internal packages, the REST API, the demo)"));

    private static final ArchRule NO_SYSTEM_ONLY = noClasses().that().resideInAPackage(PORTAL_PACKAGE + "..")
            .should().accessTargetWhere(target(annotatedWith(SystemOnly.class)))
            .orShould().dependOnClassesThat().areAnnotatedWith(SystemOnly.class);

    private static final ArchRule NO_CYCLES = SlicesRuleDefinition.slices().assignedFrom(new PortalFeatures())
            .should().beFreeOfCycles();

    @Test
    void pagesUseOnlyTheBackendsFeatureApis() {
        ONLY_FEATURE_APIS.check(PORTAL);
        assertThat(violations(ONLY_FEATURE_APIS)).isNotEmpty().allSatisfy(violation -> assertThat(violation)
                .contains(SeedsHostsFromAViewArchFixture.class.getName() + ".hostCount", "inventory.internal.HostRepository"));
    }

    @Test
    void pagesNeverCallSystemOnlyOperations() {
        NO_SYSTEM_ONLY.check(PORTAL);
        assertThat(violations(NO_SYSTEM_ONLY))
                .anySatisfy(violation -> assertThat(violation).contains("calls method",
                        "InventoryService.addHost(java.lang.String, java.lang.String, long, long, long)"))
                .anySatisfy(violation -> assertThat(violation).contains("references method",
                        "InventoryService.setUp("))
                .anySatisfy(violation -> assertThat(violation).contains("QuotaLedger.shares("))
                .allSatisfy(violation -> assertThat(violation).contains(SeedsHostsFromAViewArchFixture.class.getName()))
                .noneSatisfy(violation -> assertThat(violation).contains("hostCount"));
    }

    @Test
    void portalFeaturesDoNotDependOnEachOtherInACycle() {
        NO_CYCLES.check(PORTAL);
        assertThat(NO_CYCLES.evaluate(new ClassFileImporter().importClasses(TextsUseTheUiArchFixture.class,
                        CommandForm.class, Texts.class)).getFailureReport().getDetails())
                .singleElement().asString().contains("Cycle detected: Slice i18n -> ", "Slice ui -> ",
                        "TextsUseTheUiArchFixture");
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(FIXTURES).getFailureReport().getDetails();
    }

    /** A slice per package under the portal's, the namespace pages one slice together; the root package none. */
    private static final class PortalFeatures implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (!name.startsWith(PORTAL_PACKAGE + ".")) {
                return SliceIdentifier.ignore();
            }
            String feature = name.substring(PORTAL_PACKAGE.length() + 1).split("\\.")[0];
            return SliceIdentifier.of(NAMESPACE_PAGES.contains(feature) ? "namespace pages" : feature);
        }

        @Override
        public String getDescription() {
            return "the portal's packages, the namespace pages (" + String.join(", ", NAMESPACE_PAGES.stream()
                    .sorted().toList()) + ") as one";
        }
    }
}
