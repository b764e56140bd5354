package dev.supervisorportal.portal.manifests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.manifests.ManifestObject;
import dev.supervisorportal.backend.manifests.ManifestResult;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.portal.namespaces.NamespaceDetailView;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import form on its own, clicked as a user would, with the backend's dry run and apply stood in for: a preview
 * shows the plan and enables Create for exactly that text; a refusal shows the backend's words and creates nothing.
 */
@ExtendWith(PortalUi.class)
class YamlImportFormTest {

    static final String MANIFEST = """
            apiVersion: run.tanzu.vmware.com/v1alpha3
            kind: TanzuKubernetesCluster
            metadata:
              name: dev
            ---
            apiVersion: vmoperator.vmware.com/v1alpha3
            kind: VirtualMachine
            metadata:
              name: web-1
            """;
    static final ManifestObject CLUSTER = new ManifestObject(1, "TanzuKubernetesCluster", "dev",
            List.of("zone-a", "zone-b"), new Limits(8_000, 8_192, 40), List.of(), null, null, null);
    static final ManifestObject VM = new ManifestObject(2, "VirtualMachine", "web-1", List.of("zone-a"),
            new Limits(4_000, 8_192, 40), List.of(Msg.of("manifests.ignored", "spec.networkInterfaces"),
            Msg.of("manifests.ignored-because", "spec.advanced.bootDiskCapacity",
                    Msg.of("manifests.pool-release", "v1.30"))),
            null, null, null);

    private final List<String> dryRuns = new ArrayList<>();
    private final List<String> applied = new ArrayList<>();
    private final List<ManifestResult> created = new ArrayList<>();
    private RuntimeException refusal;

    private final YamlImportForm form = new YamlImportForm(yaml -> {
        dryRuns.add(yaml);
        if (refusal != null) {
            throw refusal;
        }
        return new ManifestResult(true, List.of(CLUSTER, VM));
    }, yaml -> {
        if (refusal != null) {
            throw refusal;
        }
        applied.add(yaml);
        return new ManifestResult(false, List.of(CLUSTER, VM));
    });

    YamlImportFormTest() {
        form.addCreatedListener(created::add);
    }

    @Test
    void theTextAreaIsLabelledAndShowsATanzuKubernetesClusterAsPlaceholder() {
        assertThat(form.yaml.getLabel()).isEqualTo("Manifest (YAML)");
        assertThat(form.yaml.getPlaceholder()).startsWith("apiVersion: run.tanzu.vmware.com/v1alpha3\n"
                + "kind: TanzuKubernetesCluster\n");
        assertThat(form.create.isEnabled()).isFalse();
        assertThat(form.plan.isVisible()).isFalse();
    }

    @Test
    void aPreviewShowsThePlanWithTheFieldsNotHonouredAndEnablesCreateWhichAppliesTheSameText() {
        form.yaml.setValue(MANIFEST);

        form.preview.click();

        assertThat(dryRuns).containsExactly(MANIFEST);
        assertThat(applied).isEmpty();
        assertThat(form.banner.isVisible()).isFalse();
        assertThat(form.plan.isVisible()).isTrue();
        assertThat(form.plan.getGenericDataView().getItems()).containsExactly(CLUSTER, VM);
        assertThat(form.planSummary.getText()).isEqualTo("Preview: 2 objects would be created, reserving "
                + "12,000 MHz · 16,384 MiB · 80 GiB of the namespace's quota. Nothing is created until you click Create.");
        assertThat(texts(YamlImportForm.ignored(VM))).containsExactly("2 fields not honoured",
                "spec.networkInterfaces", "spec.advanced.bootDiskCapacity",
                " (every node of a cluster runs the control plane's release, v1.30)");
        assertThat(texts(YamlImportForm.ignored(CLUSTER))).containsExactly("all fields honoured");
        assertThat(form.create.isEnabled()).isTrue();

        form.create.click();

        assertThat(applied).containsExactly(MANIFEST);
        assertThat(created).singleElement().extracting(ManifestResult::objects).asList().containsExactly(CLUSTER, VM);
    }

    @Test
    void changingTheTextAfterThePreviewDisablesCreateUntilItIsPreviewedAgain() {
        form.yaml.setValue(MANIFEST);
        form.preview.click();

        form.yaml.setValue(MANIFEST + "  labels: {}\n");

        assertThat(form.create.isEnabled()).isFalse();
        form.create.click();
        assertThat(applied).isEmpty();

        form.preview.click();
        assertThat(form.create.isEnabled()).isTrue();
    }

    @Test
    void aRefusedPreviewShowsTheBackendsWordsWithDocumentAndFieldAndCreatesNothing() {
        refusal = new InvalidInputException(List.of(new FieldProblem("documents[1].spec.className",
                Msg.of("manifests.labelled-at", Msg.of("manifests.document-of-kind-named", 2, "VirtualMachine", "web-1"),
                        "spec.className", Msg.of("workloads.choose.vm-class")))));
        form.yaml.setValue(MANIFEST);

        form.preview.click();

        assertThat(form.banner.isVisible()).isTrue();
        assertThat(form.banner.message())
                .isEqualTo("document 2 (VirtualMachine web-1): spec.className: Choose a VM class. "
                        + "(documents[1].spec.className)");
        assertThat(form.plan.isVisible()).isFalse();
        assertThat(form.create.isEnabled()).isFalse();
        assertThat(applied).isEmpty();
        assertThat(created).isEmpty();
    }

    @Test
    void aRefusalAtCreateClearsThePlanAndAsksForANewPreview() {
        form.yaml.setValue(MANIFEST);
        form.preview.click();
        refusal = new ConflictException("documents[1].metadata.name",
                Msg.of("manifests.labelled", Msg.of("manifests.document-of-kind-named", 2, "VirtualMachine", "web-1"),
                        Msg.of("workloads.vm.name-taken", "team-a-apps", "web-1")));

        form.create.click();

        assertThat(form.banner.message()).startsWith("document 2 (VirtualMachine web-1): Namespace team-a-apps has");
        assertThat(created).isEmpty();
        assertThat(form.plan.isVisible()).isFalse();
        assertThat(form.create.isEnabled()).isFalse();
    }

    @Test
    void anUploadedFileFillsTheTextToBePreviewed() {
        form.yaml.setValue(MANIFEST);
        form.preview.click();

        form.fillFrom("kind: Pod\n".getBytes(StandardCharsets.UTF_8));

        assertThat(form.yaml.getValue()).isEqualTo("kind: Pod\n");
        assertThat(form.create.isEnabled()).isFalse();
    }

    @Test
    void theNotificationNamesWhatWasCreatedAndTheNamespacePageOpensOnItsTab() {
        var cluster = new ManifestObject(1, "TanzuKubernetesCluster", "dev", List.of("zone-a"), Limits.NONE,
                List.of(), null, new TkgClusterView("dev", "team-a-apps", "v1.30.1---vmware.1-fips.1-tkg.5", 1,
                "best-effort-small", "vsan-default-storage-policy", List.of(), Collections.nCopies(2, null), null,
                Msg.of("reconcile.tkg.creating", 0, 2), "alice", null, 0, null), null);
        var result = new ManifestResult(false, List.of(cluster, VM));

        assertThat(ImportYamlView.createdMessage("team-a-apps", result)).isEqualTo("Created TKG cluster dev "
                + "(2 node VMs) and VM web-1 in team-a-apps from the manifest. They are PENDING until the reconciler "
                + "places them on hosts.");
        assertThat(ImportYamlView.tabFor(result.objects())).isEqualTo(NamespaceDetailView.TAB_TKG_CLUSTERS);
        assertThat(ImportYamlView.tabFor(List.of(VM))).isEqualTo(NamespaceDetailView.TAB_VMS);
    }

    private static List<String> texts(Component component) {
        return descendants(component).filter(Span.class::isInstance).map(span -> ((Span) span).getText()).toList();
    }

    private static Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
