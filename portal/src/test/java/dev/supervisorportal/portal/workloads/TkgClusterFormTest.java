package dev.supervisorportal.portal.workloads;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.CatalogGrantKind;
import dev.supervisorportal.backend.quota.Resource;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.Reservation;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The TKG cluster form on its own: pool rows are added and removed, and problems land at the right row. */
@ExtendWith(PortalUi.class)
class TkgClusterFormTest {

    static final VmClassView MEDIUM = new VmClassView("best-effort-medium", 2, 8192, Reservation.BEST_EFFORT);
    static final String RELEASE = "v1.30.1---vmware.1-fips.1-tkg.5";

    private final TkgClusterForm form = new TkgClusterForm(
            List.of(new CatalogItemView(CatalogKind.KUBERNETES_RELEASE, RELEASE, "Kubernetes 1.30.1")),
            List.of(MEDIUM, VmFormTest.LARGE), List.of(VmFormTest.VSAN), List.of("zone-a", "zone-b", "zone-c"), 2000);
    private final List<CreateTkgClusterCommand> sent = new ArrayList<>();

    TkgClusterFormTest() {
        form.addSubmitListener(sent::add);
    }

    @Test
    void aClusterWithAThreeNodeControlPlaneAndOnePoolIsSent() {
        fillIn("apps", 3);
        NodePoolRow workers = form.pools.getFirst();
        workers.replicas.setValue(2);
        workers.vmClass.setValue(MEDIUM);

        form.submit.click();

        assertThat(sent).containsExactly(new CreateTkgClusterCommand("apps", RELEASE, 3, "best-effort-medium",
                "vsan-default-storage-policy", List.of(new CreateTkgClusterCommand.NodePool("workers", 2,
                "best-effort-medium", null))));
        assertThat(form.summary.getText()).isEqualTo("5 node VMs: 3 control plane (one per zone), 2 workers. "
                + "Together they reserve 20,000 MHz · 40,960 MiB · 100 GiB of the namespace's quota.");
    }

    @Test
    void problemsOfASecondPoolAreMarkedInItsRow() {
        fillIn("apps", 1);
        form.pools.getFirst().replicas.setValue(1);
        form.pools.getFirst().vmClass.setValue(MEDIUM);
        NodePoolRow second = form.addPool();
        second.name.setValue("workers");
        second.replicas.setValue(WorkloadRules.MAX_REPLICAS + 1);
        second.vmClass.setValue(MEDIUM);

        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.pools.getFirst().name.isInvalid()).isFalse();
        assertThat(second.name.getErrorMessage()).isEqualTo("Another node pool of this cluster is named workers.");
        assertThat(second.replicas.getErrorMessage()).isEqualTo("Enter from 0 to 100 replicas.");
        assertThat(second.vmClass.isInvalid()).isFalse();
    }

    @Test
    void aBackendRefusalOfAnIndexedFieldIsShownAtThatRow() {
        NodePoolRow second = form.addPool();

        form.showProblems(List.of(FieldProblem.of("nodePools[1].vmClass",
                "namespaces.catalog.not-allowed", "team-a-apps", CatalogGrantKind.VM_CLASS.text(), "guaranteed-large",
                "best-effort-medium")));

        assertThat(second.vmClass.isInvalid()).isTrue();
        assertThat(second.vmClass.getErrorMessage()).startsWith("Namespace team-a-apps may not use the VM class");
        assertThat(form.pools.getFirst().vmClass.isInvalid()).isFalse();
        assertThat(form.banner.isVisible()).isFalse();
    }

    @Test
    void removingARowRenumbersTheOnesAfterIt() {
        NodePoolRow second = form.addPool();
        second.name.setValue("gpu");

        form.pools.getFirst().remove.click();

        assertThat(form.pools).containsExactly(second);
        assertThat(second.name.getId()).contains("pool-0-name");
        form.showProblems(List.of(FieldProblem.of("nodePools[0].replicas", "workloads.replicas.out-of-range", 100)));
        assertThat(second.replicas.isInvalid()).isTrue();
    }

    @Test
    void noMorePoolsThanTheRulesAllowCanBeAdded() {
        while (form.pools.size() < WorkloadRules.MAX_NODE_POOLS) {
            form.addPool.click();
        }

        assertThat(form.addPool.isEnabled()).isFalse();
        form.pools.getLast().remove.click();
        assertThat(form.addPool.isEnabled()).isTrue();
    }

    @Test
    void aQuotaRefusalNamingTheZoneIsShownAboveTheForm() {
        form.showProblems(List.of(new FieldProblem(null, notEnoughCpu("zone-a", 8_000, 4_000, 12_000))));

        assertThat(form.banner.isVisible()).isTrue();
        assertThat(form.banner.message()).contains("zone-a");
    }

    private void fillIn(String name, int controlPlaneNodes) {
        form.name.setValue(name);
        form.kubernetesRelease.setValue(RELEASE);
        form.controlPlaneNodes.setValue(controlPlaneNodes);
        form.controlPlaneVmClass.setValue(MEDIUM);
        form.storagePolicy.setValue("vsan-default-storage-policy");
    }

    /** The quota ledger's refusal for CPU, as the backend words it. */
    static Msg notEnoughCpu(String zone, long needs, long free, long share) {
        return Msg.of("quota.not-enough", Resource.CPU.text(), zone, Resource.CPU.amount(needs),
                Resource.CPU.amount(free), Resource.CPU.amount(share));
    }
}
