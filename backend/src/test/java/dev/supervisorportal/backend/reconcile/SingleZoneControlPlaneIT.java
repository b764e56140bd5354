package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** On one zone, anti-affinity keeps three control-plane VMs (the Supervisor's, a cluster's) on three hosts. */
// A context (and database) of its own per test: its own property keeps other classes from sharing it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = {"portal.supervisor.topology=SINGLE_ZONE", "portal.reconcile.vm-start-delay=0s",
        "test.own-context=SingleZoneControlPlaneIT"})
class SingleZoneControlPlaneIT extends IntegrationTest {

    @Autowired
    ReconcilerFixture fixture;
    @Autowired
    PlacementOverview overview;
    @Autowired
    WorkloadService workloads;

    @Test
    void threeControlPlaneVmsNeedThreeHostsAndTheThirdWaitsWithTheReasonOnTwo() {
        fixture.namespace();
        fixture.hosts("zone-a", 2, 96_000);
        SignedIn.as(fixture.owner, Role.DEVOPS);
        workloads.createTkgCluster(fixture.namespace, new CreateTkgClusterCommand("prod", TestNamespaces.RELEASE, 3,
                "best-effort-small", TestNamespaces.STORAGE_POLICY, List.of()));
        fixture.cycle("zone-a");

        assertThat(overview.health().controlPlaneVms()).extracting(SupervisorHealth.ControlPlaneVm::status)
                .containsExactlyInAnyOrder("PLACED", "PLACED", "PENDING");
        assertThat(overview.health().controlPlaneVms()).filteredOn(vm -> vm.status().equals("PENDING"))
                .singleElement().satisfies(vm -> assertThat(vm.statusReason().english())
                        .contains("anti-affinity: already runs a workload with key supervisor/control-plane"));
        List<WorkloadView> nodes = cluster().nodes();
        assertThat(nodes).filteredOn(node -> node.status() == WorkloadStatus.PENDING).singleElement()
                .satisfies(node -> assertThat(node.statusReason().english())
                        .contains("anti-affinity: already runs a workload with key " + fixture.namespace
                                + "/prod/control-plane"));

        fixture.host("zone-a", "esx-a-03", 96_000);
        fixture.cycle("zone-a");
        fixture.cycle("zone-a");
        assertThat(overview.health().controlPlaneVms()).extracting(SupervisorHealth.ControlPlaneVm::host)
                .containsExactlyInAnyOrder("esx-a-01", "esx-a-02", "esx-a-03");
        assertThat(cluster().nodes()).extracting(WorkloadView::host)
                .containsExactlyInAnyOrder("esx-a-01", "esx-a-02", "esx-a-03");
        assertThat(cluster().status().english()).isEqualTo("Running: 3/3 nodes");
    }

    private TkgClusterView cluster() {
        SignedIn.as(fixture.owner, Role.DEVOPS);
        return workloads.tkgCluster(fixture.namespace, "prod");
    }
}
