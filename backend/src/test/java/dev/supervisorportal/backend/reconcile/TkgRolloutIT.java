package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.StaleVersionException;
import dev.supervisorportal.backend.workloads.ChangeTkgClusterCommand;
import dev.supervisorportal.backend.workloads.ClusterHealth;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.TkgClusterChanges;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A TKG cluster's day 2 driven through real cycles: scaling at once, a rolling upgrade of a 3-control-plane +
 * 2-worker cluster until every node runs the new release (quorum and health kept at every cycle, the ledger back to
 * the cluster's demand at the end), a roll that stalls for quota, and the refusals.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = {"portal.reconcile.vm-start-delay=0s", "test.own-context=TkgRolloutIT"})
class TkgRolloutIT extends IntegrationTest {

    static final String OLD = "v1.29.4---vmware.3-fips.1-tkg.1";
    static final String OLDEST = "v1.28.8---vmware.1-fips.1-tkg.2";
    static final String SMALL = "best-effort-small";
    static final List<String> ZONES = List.of("zone-a", "zone-b", "zone-c");

    @Autowired
    ReconcilerFixture fixture;
    @Autowired
    WorkloadService workloads;
    @Autowired
    TkgClusterChanges changes;
    @Autowired
    CatalogService catalog;
    @Autowired
    ReconcileEvents events;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void namespaceWithTwoReleases() {
        fixture.namespace();
        fixture.asAdmin(() -> {
            catalog.addItem(new CatalogItemView(CatalogKind.KUBERNETES_RELEASE, OLD, "1.29"));
            return catalog.addItem(new CatalogItemView(CatalogKind.KUBERNETES_RELEASE, OLDEST, "1.28"));
        });
        ZONES.forEach(zone -> fixture.hosts(zone, 3, 96_000));
    }

    private TkgClusterView cluster(String release, int workers) {
        TkgClusterView created = workloads.createTkgCluster(fixture.namespace, new CreateTkgClusterCommand("prod",
                release, 3, SMALL, TestNamespaces.STORAGE_POLICY,
                List.of(new CreateTkgClusterCommand.NodePool("workers", workers, SMALL, null))));
        cyclesUntilQuiet();
        return workloads.tkgCluster(fixture.namespace, created.name());
    }

    private TkgClusterView get() {
        return workloads.tkgCluster(fixture.namespace, "prod");
    }

    /** Cycles of every zone until one round writes nothing; returns the views seen after each round. */
    private List<TkgClusterView> cyclesUntilQuiet() {
        List<TkgClusterView> seen = new ArrayList<>();
        for (int round = 0; round < 60; round++) {
            List<String> details = ZONES.stream().map(fixture::cycle).toList();
            seen.add(workloads.tkgClusters(fixture.namespace).stream().findFirst().orElse(null));
            if (details.stream().allMatch(detail -> detail.startsWith("Nothing to do"))) {
                return seen;
            }
        }
        throw new AssertionError("the zones did not settle in 60 rounds");
    }

    private long usedCpu() {
        return fixture.count("select coalesce(sum(cpu_used_mhz), 0) from zone_quota");
    }

    @Test
    void aRollingUpgradeReplacesEveryNodeKeepsQuorumAndHealthAndGivesTheSurgeQuotaBack() {
        TkgClusterView before = cluster(OLD, 2);
        assertThat(before.health()).isEqualTo(ClusterHealth.RUNNING);
        long demand = usedCpu();

        TkgClusterView changed = changes.change(fixture.namespace, "prod",
                new ChangeTkgClusterCommand(TestNamespaces.RELEASE, null, null, null, null, before.version()));
        assertThat(changed.version()).isEqualTo(before.version() + 1);
        assertThat(changed.status().english()).isEqualTo("Upgrading to v1.30.1: 0 of 5 nodes");

        List<TkgClusterView> seen = cyclesUntilQuiet();
        for (TkgClusterView view : seen) {
            long controlPlaneRunning = view.nodes().stream().filter(node -> "control-plane".equals(node.nodeRole()))
                    .filter(node -> node.status() == WorkloadStatus.RUNNING).count();
            assertThat(controlPlaneRunning).as("running control-plane nodes").isGreaterThanOrEqualTo(3);
            assertThat(view.health()).isEqualTo(ClusterHealth.RUNNING);
            assertThat(view.nodes()).hasSizeLessThanOrEqualTo(6);
        }
        assertThat(seen).extracting(view -> view.status().english())
                .contains("Upgrading to v1.30.1: 2 of 5 nodes");
        TkgClusterView after = get();
        assertThat(after.nodes()).hasSize(5).allMatch(node -> node.status() == WorkloadStatus.RUNNING);
        assertThat(after.rollout()).isNull();
        assertThat(after.status().english()).isEqualTo("Running: 5/5 nodes");
        assertThat(fixture.count("select count(*) from workload where cluster_id is not null"
                + " and kubernetes_release = ?", TestNamespaces.RELEASE)).isEqualTo(5);
        assertThat(usedCpu()).isEqualTo(demand);
        assertThat(events.forNamespace(fixture.namespace, 200)).extracting(EventView::type)
                .containsOnlyOnce(EventType.ROLLOUT_DONE)
                .filteredOn(type -> type == EventType.NODE_REPLACED).hasSize(5);
    }

    @Test
    void scalingUpAndDownIsAtOnceAndRemovingAPoolFreesItsQuota() {
        TkgClusterView before = cluster(OLD, 2);
        long demand = usedCpu();
        long perNode = before.nodes().getFirst().demand().cpuMhz();

        TkgClusterView up = changes.change(fixture.namespace, "prod", new ChangeTkgClusterCommand(null, null, null,
                null, List.of(new CreateTkgClusterCommand.NodePool("workers", 4, SMALL, null),
                new CreateTkgClusterCommand.NodePool("gpu", 1, SMALL, "zone-b")), null));
        assertThat(up.nodes()).hasSize(8);
        assertThat(up.nodes()).extracting(WorkloadView::name).contains("prod-workers-3", "prod-workers-4", "prod-gpu-1");
        assertThat(usedCpu()).isEqualTo(demand + 3 * perNode);
        cyclesUntilQuiet();
        assertThat(get().status().english()).isEqualTo("Running: 8/8 nodes");

        TkgClusterView down = changes.change(fixture.namespace, "prod", new ChangeTkgClusterCommand(null, null, null,
                null, List.of(new CreateTkgClusterCommand.NodePool("workers", 0, SMALL, null)), null));
        assertThat(down.nodes()).extracting(WorkloadView::name)
                .containsExactlyInAnyOrder("prod-control-plane-1", "prod-control-plane-2", "prod-control-plane-3");
        assertThat(down.nodePools()).extracting(TkgClusterView.NodePool::name).containsExactly("workers");
        assertThat(usedCpu()).isEqualTo(demand - 2 * perNode);
    }

    @Test
    void aRollWithoutQuotaForTheSurgeNodeStallsAndSaysWhy() {
        cluster(OLD, 1);
        jdbc.update("update zone_quota set cpu_limit_mhz = cpu_used_mhz");
        changes.change(fixture.namespace, "prod", new ChangeTkgClusterCommand(TestNamespaces.RELEASE, null, null,
                null, null, null));
        cyclesUntilQuiet();
        TkgClusterView stalled = get();
        assertThat(stalled.health()).isEqualTo(ClusterHealth.RUNNING);
        assertThat(stalled.status().english()).startsWith("Stalled: No quota for the next node prod-control-plane-4")
                .contains("CPU").contains("zone-a");
        assertThat(stalled.nodes()).hasSize(4);
        assertThat(events.forNamespace(fixture.namespace, 50)).extracting(EventView::type)
                .containsOnlyOnce(EventType.ROLLOUT_STALLED);
    }

    @Test
    void aRollWhoseSurgeNodeDoesNotFitItsStoragePolicysShareStallsAndSaysWhich() {
        cluster(OLD, 1);
        // CPU, memory and overall storage have room; the cluster's storage policy has none left in any zone.
        jdbc.update("update zone_policy_quota set limit_gib = used_gib");
        long policyUsed = fixture.count("select sum(used_gib) from zone_policy_quota");
        changes.change(fixture.namespace, "prod", new ChangeTkgClusterCommand(TestNamespaces.RELEASE, null, null,
                null, null, null));
        cyclesUntilQuiet();

        TkgClusterView stalled = get();
        assertThat(stalled.health()).isEqualTo(ClusterHealth.RUNNING);
        assertThat(stalled.status().english())
                .startsWith("Stalled: No quota for the next node prod-control-plane-4: Not enough storage quota of"
                        + " storage policy " + TestNamespaces.STORAGE_POLICY + " in zone-a: needs 20 GiB, 0 GiB free");
        assertThat(stalled.nodes()).hasSize(4);
        assertThat(fixture.count("select count(*) from workload where kubernetes_release = ?", OLD)).isEqualTo(4);
        assertThat(fixture.count("select sum(used_gib) from zone_policy_quota")).isEqualTo(policyUsed);
        assertThat(events.forNamespace(fixture.namespace, 50)).extracting(EventView::type)
                .containsOnlyOnce(EventType.ROLLOUT_STALLED);

        // Room in the policy's share: the roll moves on by itself and finishes.
        jdbc.update("update zone_policy_quota set limit_gib = null");
        cyclesUntilQuiet();
        assertThat(get().rollout()).isNull();
        assertThat(fixture.count("select count(*) from workload where cluster_id is not null"
                + " and kubernetes_release = ?", TestNamespaces.RELEASE)).isEqualTo(4);
    }

    @Test
    void refusalsNameWhatIsWrong() {
        TkgClusterView before = cluster(OLDEST, 1);
        assertThatThrownBy(() -> changes.change(fixture.namespace, "prod", new ChangeTkgClusterCommand(
                TestNamespaces.RELEASE, null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("kubernetesRelease: v1.30.1 skips a minor version: from v1.28.8 upgrade to v1.29 first (the catalog offers: "
                        + "v1.29.4).");
        changes.change(fixture.namespace, "prod", new ChangeTkgClusterCommand(OLD, null, null, null, null, null));
        assertThatThrownBy(() -> changes.change(fixture.namespace, "prod", new ChangeTkgClusterCommand(
                OLDEST, null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not newer");
        assertThatThrownBy(() -> changes.change(fixture.namespace, "prod", new ChangeTkgClusterCommand(
                null, null, null, null, List.of(new CreateTkgClusterCommand.NodePool("workers", 1,
                "best-effort-large", null)), null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("still rolling");
        assertThatThrownBy(() -> changes.change(fixture.namespace, "prod", new ChangeTkgClusterCommand(
                null, 1, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> changes.change(fixture.namespace, "prod", new ChangeTkgClusterCommand(
                null, null, null, null, List.of(new CreateTkgClusterCommand.NodePool("workers", 2, SMALL, null)),
                before.version())))
                .isInstanceOf(StaleVersionException.class).hasMessageContaining("release v1.29.4");
    }

    @Test
    void aPoolsNewVmClassRollsOneWorkerAtATimeAndLeavesTheControlPlaneAlone() {
        TkgClusterView before = cluster(OLD, 2);
        long controlPlaneCpu = before.nodes().stream().filter(node -> "control-plane".equals(node.nodeRole()))
                .mapToLong(node -> node.demand().cpuMhz()).sum();

        TkgClusterView changed = changes.change(fixture.namespace, "prod", new ChangeTkgClusterCommand(null, null,
                null, null, List.of(new CreateTkgClusterCommand.NodePool("workers", 2, "best-effort-medium", null)),
                before.version()));
        assertThat(changed.rollout().english()).isEqualTo("Changing pool workers to best-effort-medium: 0 of 2 nodes");

        List<TkgClusterView> seen = cyclesUntilQuiet();
        assertThat(seen).allSatisfy(view -> {
            assertThat(view.health()).isEqualTo(ClusterHealth.RUNNING);
            assertThat(view.nodes().stream().filter(node -> "worker".equals(node.nodeRole()))).hasSizeLessThanOrEqualTo(3);
        });
        assertThat(seen).extracting(view -> view.status().english())
                .contains("Changing pool workers to best-effort-medium: 1 of 2 nodes");
        TkgClusterView after = get();
        assertThat(after.rollout()).isNull();
        assertThat(after.nodes()).filteredOn(node -> "worker".equals(node.nodeRole()))
                .hasSize(2).allMatch(node -> node.vmClass().equals("best-effort-medium"));
        assertThat(after.nodes()).filteredOn(node -> "control-plane".equals(node.nodeRole()))
                .extracting(WorkloadView::name)
                .containsExactlyInAnyOrderElementsOf(before.nodes().stream()
                        .filter(node -> "control-plane".equals(node.nodeRole())).map(WorkloadView::name).toList());
        long workersCpu = after.nodes().stream().filter(node -> "worker".equals(node.nodeRole()))
                .mapToLong(node -> node.demand().cpuMhz()).sum();
        assertThat(usedCpu()).isEqualTo(controlPlaneCpu + workersCpu);
    }
}
