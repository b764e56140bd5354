package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.ClusterHealth;
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

/**
 * What three zones buy: the Supervisor's control-plane VMs go one per zone, a TKG cluster's control-plane nodes too,
 * and when every host of a zone fails the Supervisor keeps quorum and the cluster stays available, degraded.
 */
// A context (and database) of its own per test: its own property keeps other classes from sharing it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = {"portal.reconcile.vm-start-delay=0s", "test.own-context=ZoneFailureIT"})
class ZoneFailureIT extends IntegrationTest {

    static final List<String> ZONES = List.of("zone-a", "zone-b", "zone-c");

    @Autowired
    ReconcilerFixture fixture;
    @Autowired
    PlacementOverview overview;
    @Autowired
    InventoryService inventory;
    @Autowired
    WorkloadService workloads;

    @Test
    void aZoneFailureLeavesTheSupervisorWithQuorumAndTheClusterDegradedButAvailable() {
        namespaceOverThreeZones(2);
        workloads.createTkgCluster(fixture.namespace, new CreateTkgClusterCommand("prod", TestNamespaces.RELEASE, 3,
                "best-effort-small", TestNamespaces.STORAGE_POLICY,
                List.of(new CreateTkgClusterCommand.NodePool("workers", 2, "best-effort-medium", null))));
        assertThat(cluster().health()).isEqualTo(ClusterHealth.CREATING);
        assertThat(cluster().status().english()).isEqualTo("Creating: 0/5 nodes running");

        cycleAllZones(2);

        TkgClusterView running = cluster();
        assertThat(running.health()).isEqualTo(ClusterHealth.RUNNING);
        assertThat(running.status().english()).isEqualTo("Running: 5/5 nodes");
        List<WorkloadView> controlPlane = running.nodes().stream()
                .filter(node -> "control-plane".equals(node.nodeRole())).toList();
        assertThat(controlPlane).extracting(WorkloadView::zone).containsExactly("zone-a", "zone-b", "zone-c");
        assertThat(controlPlane).extracting(WorkloadView::host).doesNotHaveDuplicates();
        SupervisorHealth healthy = overview.health();
        assertThat(healthy.controlPlaneVms()).extracting(SupervisorHealth.ControlPlaneVm::zone)
                .containsExactly("zone-a", "zone-b", "zone-c");
        assertThat(healthy.controlPlaneVms()).allSatisfy(vm -> {
            assertThat(vm.status()).isEqualTo("RUNNING");
            assertThat(vm.host()).startsWith("esx-" + vm.zone().substring(5));
        });
        assertThat(healthy.summary().english()).isEqualTo("Control plane healthy: 3 of 3 control-plane VMs running.");
        assertThat(healthy.zonesDown()).isEmpty();

        fixture.asAdmin(() -> inventory.markFailed("esx-b-01"));
        fixture.asAdmin(() -> inventory.markFailed("esx-b-02"));
        cycleAllZones(2);

        SupervisorHealth degraded = overview.health();
        assertThat(degraded.running()).isEqualTo(2);
        assertThat(degraded.quorum()).isTrue();
        assertThat(degraded.summary().english()).isEqualTo(
                "The Supervisor keeps quorum with 2 of its 3 control-plane VMs; its API keeps answering.");
        assertThat(degraded.zonesDown()).singleElement().asString().startsWith("zone-b is down: all its hosts have failed.");
        assertThat(degraded.controlPlaneVms()).filteredOn(vm -> vm.zone().equals("zone-b")).singleElement()
                .satisfies(vm -> {
                    assertThat(vm.status()).isEqualTo("PENDING");
                    assertThat(vm.host()).isNull();
                    assertThat(vm.statusReason().english()).contains("every host of zone-b has failed", "waits in zone-b");
                });

        TkgClusterView cluster = cluster();
        assertThat(cluster.health()).isEqualTo(ClusterHealth.DEGRADED);
        assertThat(cluster.status().english()).startsWith("Degraded, available: 2/3 control-plane nodes, ");
        assertThat(cluster.nodes()).filteredOn(node -> node.zone().equals("zone-b"))
                .allSatisfy(node -> assertThat(node.status()).isEqualTo(WorkloadStatus.PENDING));

        fixture.asAdmin(() -> inventory.recover("esx-b-01"));
        fixture.asAdmin(() -> inventory.recover("esx-b-02"));
        cycleAllZones(2);
        assertThat(overview.health().summary().english()).isEqualTo("Control plane healthy: 3 of 3 control-plane VMs running.");
        assertThat(cluster().health()).isEqualTo(ClusterHealth.RUNNING);
    }

    @Test
    void losingTwoZonesLosesQuorumAndTheClusterIsUnavailable() {
        namespaceOverThreeZones(1);
        workloads.createTkgCluster(fixture.namespace, new CreateTkgClusterCommand("prod", TestNamespaces.RELEASE, 3,
                "best-effort-small", TestNamespaces.STORAGE_POLICY, List.of()));
        cycleAllZones(2);
        fixture.asAdmin(() -> inventory.markFailed("esx-a-01"));
        fixture.asAdmin(() -> inventory.markFailed("esx-b-01"));
        cycleAllZones(1);

        SupervisorHealth health = overview.health();
        assertThat(health.quorum()).as("%s", health).isFalse();
        assertThat(health.summary().english()).startsWith("The Supervisor has lost quorum: 1 of 3 control-plane VMs running.");
        assertThat(health.zonesDown()).hasSize(2);
        assertThat(cluster().health()).isEqualTo(ClusterHealth.UNAVAILABLE);
        assertThat(cluster().status().english()).isEqualTo("Unavailable: 1/3 control-plane nodes running, no quorum");
    }

    /** Alice's namespace on {@code hostsPerZone} hosts in each zone, alice signed in. */
    private void namespaceOverThreeZones(int hostsPerZone) {
        fixture.namespace();
        ZONES.forEach(zone -> fixture.hosts(zone, hostsPerZone, 96_000));
        SignedIn.as(fixture.owner, Role.DEVOPS);
    }

    private TkgClusterView cluster() {
        SignedIn.as(fixture.owner, Role.DEVOPS);
        return workloads.tkgCluster(fixture.namespace, "prod");
    }

    private void cycleAllZones(int times) {
        for (int i = 0; i < times; i++) {
            ZONES.forEach(fixture::cycle);
        }
    }
}
