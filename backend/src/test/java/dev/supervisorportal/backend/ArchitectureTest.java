package dev.supervisorportal.backend;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import dev.supervisorportal.backend.common.SystemOnly;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backend's features as modules. A feature is a package under {@code dev.supervisorportal.backend}: its root
 * package is its API, its {@code internal} package nobody else's business. Which features a feature may use is the
 * table {@link #MAY_USE}; a new arrow fails {@link #featuresUseOnlyTheFeaturesTheTableAllows} until it is added
 * there, where a reviewer sees it, and a cycle among the features fails {@link #noFeaturesDependOnEachOtherInACycle}.
 *
 * <p>ArchUnit rather than Spring Modulith: ArchUnit is a test dependency already; the whole table sits in this one
 * file instead of an {@code @ApplicationModule(allowedDependencies)} in each feature's {@code package-info.java};
 * and Modulith takes the application class's package as the root of the modules, which here is
 * {@code dev.supervisorportal}, where the portal and the backend are the only two packages.
 */
class ArchitectureTest {

    private static final String BACKEND_PACKAGE = "dev.supervisorportal.backend";

    /**
     * Who may use whom, bottom-up: each feature names only features listed above it, so the table itself has no
     * cycle ({@link #theTableListsEachFeatureBelowTheOnesItUses}). {@code api} (the REST controllers) and {@code demo}
     * (the demo data) sit on top and may use every feature's API below them.
     */
    private static final SequencedMap<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        mayUse("common");
        mayUse("audit", "common");
        mayUse("users", "common");
        mayUse("signin", "common", "audit");
        mayUse("security", "common", "signin");
        mayUse("ldap", "common", "users", "security");
        mayUse("catalog", "common");
        mayUse("inventory", "common", "audit");
        mayUse("quota", "common", "inventory");
        mayUse("namespaces", "common", "audit", "users", "catalog", "quota");
        mayUse("workloads", "common", "audit", "users", "catalog", "inventory", "quota", "namespaces");
        mayUse("manifests", "common", "catalog", "quota", "namespaces", "workloads");
        mayUse("volumes", "common", "audit", "users", "catalog", "inventory", "quota", "namespaces", "workloads");
        mayUse("reconcile", "common", "users", "inventory", "quota", "namespaces", "workloads", "volumes");
        mayUse("kube", everyFeatureSoFar());
        mayUse("api", everyFeatureSoFar());
        mayUse("demo", everyFeatureSoFar());
    }

    /** The main classes, and the fixtures that show the rules fail (in the test tree, named {@code …ArchFixture}). */
    private static final JavaClasses WITH_FIXTURES = new ClassFileImporter()
            .withImportOption(location -> new ImportOption.DoNotIncludeTests().includes(location)
                    || location.contains("ArchFixture"))
            .importPackages(BACKEND_PACKAGE);

    private static final JavaClasses BACKEND = WITH_FIXTURES.that(DescribedPredicate.not(
            JavaClass.Predicates.simpleNameEndingWith("ArchFixture")));

    @Test
    void featuresUseOnlyTheFeaturesTheTableAllows() {
        tableRule().check(BACKEND);
    }

    @Test
    void noFeaturesDependOnEachOtherInACycle() {
        cycleRule().check(BACKEND);
    }

    @Test
    void aNewArrowAndTheCycleItClosesFail() {
        // audit.AuditReadsTheInventoryArchFixture uses the inventory, which records to the audit log: audit ->
        // inventory is in no table row, and closes the cycle audit -> inventory -> audit.
        assertThat(violations(tableRule(), WITH_FIXTURES)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("AuditReadsTheInventoryArchFixture"))
                .anySatisfy(violation -> assertThat(violation).contains("inventory.InventoryService"));
        assertThat(violations(cycleRule(), WITH_FIXTURES)).singleElement().asString()
                .contains("Cycle detected: audit -> ", "inventory -> ", "AuditReadsTheInventoryArchFixture");
    }

    @Test
    void theTableNamesEveryFeature() {
        Set<String> features = BACKEND.stream().map(ArchitectureTest::featureOf).flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(MAY_USE.keySet()).containsExactlyInAnyOrderElementsOf(features);
    }

    @Test
    void theTableListsEachFeatureBelowTheOnesItUses() {
        List<String> above = new ArrayList<>();
        MAY_USE.forEach((feature, uses) -> {
            assertThat(above).as("the features %s uses, listed above it", feature).containsAll(uses);
            above.add(feature);
        });
    }

    @Test
    void internalsAreUsedOnlyInsideTheirFeature() {
        SlicesRuleDefinition.slices().matching(BACKEND_PACKAGE + ".(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(),
                        JavaClass.Predicates.resideOutsideOfPackage("..internal.."))
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

    @Test
    void theRestApiNeverCallsSystemOnlyOperations() {
        systemOnlyRule().check(BACKEND);
        assertThat(violations(systemOnlyRule(), WITH_FIXTURES)).anySatisfy(violation -> assertThat(violation)
                .contains("SeedingEndpointArchFixture", "CatalogService.seed"));
    }

    @Test
    void aPreAuthorizeRuleThatHoldsForAWholeClassIsSaidOnceOnTheClass() {
        preAuthorizeSaidOnce().check(BACKEND);
        assertThat(violations(preAuthorizeSaidOnce(), new ClassFileImporter().importClasses(
                SameRuleOnEveryMethod.class, ClassRuleRepeated.class, MixedRules.class)))
                .containsExactlyInAnyOrder(
                        "Class <" + SameRuleOnEveryMethod.class.getName() + "> says @PreAuthorize(\"hasRole('ADMIN')\")"
                                + " on every public method: say it once on the class",
                        "Method <" + ClassRuleRepeated.class.getName() + ".repeated()> repeats its class's"
                                + " @PreAuthorize(\"isAuthenticated()\")");
    }

    private static LayeredArchitecture tableRule() {
        LayeredArchitecture features = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String feature : MAY_USE.keySet()) {
            features = features.layer(feature).definedBy(BACKEND_PACKAGE + "." + feature + "..");
        }
        for (var row : MAY_USE.entrySet()) {
            features = row.getValue().isEmpty() ? features.whereLayer(row.getKey()).mayNotAccessAnyLayer()
                    : features.whereLayer(row.getKey()).mayOnlyAccessLayers(row.getValue().toArray(String[]::new));
        }
        return features;
    }

    private static ArchRule cycleRule() {
        return SlicesRuleDefinition.slices().matching(BACKEND_PACKAGE + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles();
    }

    private static ArchRule systemOnlyRule() {
        return noClasses().that().resideInAPackage(BACKEND_PACKAGE + ".api..")
                .should().accessTargetWhere(target(annotatedWith(SystemOnly.class)))
                .orShould().dependOnClassesThat().areAnnotatedWith(SystemOnly.class);
    }

    private static ArchRule preAuthorizeSaidOnce() {
        return classes().should(new ArchCondition<>("say a @PreAuthorize rule that holds for every public method "
                + "once, on the class") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Optional<String> classRule = preAuthorize(type);
                List<JavaMethod> methods = type.getMethods().stream()
                        .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(method -> !method.getModifiers().contains(JavaModifier.STATIC))
                        .filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC))
                        .toList();
                methods.stream().filter(method -> classRule.isPresent() && preAuthorize(method).equals(classRule))
                        .forEach(method -> events.add(SimpleConditionEvent.violated(method, "Method <"
                                + method.getFullName() + "> repeats its class's @PreAuthorize(\"" + classRule.get()
                                + "\")")));
                Set<Optional<String>> methodRules = methods.stream().map(ArchitectureTest::preAuthorize)
                        .collect(Collectors.toSet());
                if (classRule.isEmpty() && methodRules.size() == 1 && methodRules.iterator().next().isPresent()) {
                    events.add(SimpleConditionEvent.violated(type, "Class <" + type.getName() + "> says @PreAuthorize(\""
                            + methodRules.iterator().next().get() + "\") on every public method: say it once on the class"));
                }
            }
        });
    }

    private static Optional<String> preAuthorize(HasAnnotations<?> element) {
        return element.tryGetAnnotationOfType(PreAuthorize.class).map(PreAuthorize::value);
    }

    private static List<String> violations(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }

    private static Optional<String> featureOf(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith(BACKEND_PACKAGE + ".")
                ? Optional.of(name.substring(BACKEND_PACKAGE.length() + 1).split("\\.")[0]) : Optional.empty();
    }

    private static void mayUse(String feature, String... features) {
        MAY_USE.put(feature, Set.of(features));
    }

    private static String[] everyFeatureSoFar() {
        return MAY_USE.keySet().toArray(String[]::new);
    }

    /** Fixture: one rule on every public method, which belongs on the class. */
    static class SameRuleOnEveryMethod {
        @PreAuthorize("hasRole('ADMIN')")
        public void approve() {
        }

        @PreAuthorize("hasRole('ADMIN')")
        public void reject() {
        }
    }

    /** Fixture: the class's rule said again on a method. */
    @PreAuthorize("isAuthenticated()")
    static class ClassRuleRepeated {
        @PreAuthorize("isAuthenticated()")
        public void repeated() {
        }

        public void covered() {
        }
    }

    /** Fixture: rules that differ, and a method without one, stay on the methods. */
    static class MixedRules {
        @PreAuthorize("isAuthenticated()")
        public void read() {
        }

        @PreAuthorize("hasRole('ADMIN')")
        public void change() {
        }
    }
}
