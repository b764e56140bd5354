package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.TestDatabase;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.reconcile.ReconcilerFixture;
import dev.supervisorportal.backend.workloads.ChangeTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.TkgClusterChanges;
import dev.supervisorportal.backend.workloads.WorkloadService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-out benchmark (issue 13 point 8): a rolling Kubernetes upgrade of 100 TKG clusters × 5 nodes (3 control
 * plane, 2 workers) in the 1,000-host zone, driven by the zone's cycles (one roll-out step per cluster per cycle, each
 * in its own transaction). Like {@link ReconcileBenchmark} not part of the build's tests; run on PostgreSQL with
 * {@code ./mvnw -pl backend -am verify -Preconcile-bench}. Prints the cycles per node replaced, the cycle times and the
 * total; asserts only that every node ends on the new release, never a time.
 */
@TestPropertySource(properties = {"portal.supervisor.topology=SINGLE_ZONE", "portal.reconcile.vm-start-delay=0s",
        "test.own-context=RolloutBenchmark"})
class RolloutBenchmark extends IntegrationTest {

    static final int CLUSTERS = Integer.getInteger("bench.clusters", 100);
    static final String OLD = "v1.29.4---vmware.3-fips.1-tkg.1";
    static final String SMALL = "best-effort-small";

    @Autowired
    ReconcilerFixture fixture;
    @Autowired
    TestNamespaces setup;
    @Autowired
    ZoneReconciler reconciler;
    @Autowired
    WorkloadService workloads;
    @Autowired
    TkgClusterChanges changes;
    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rollingUpgradeOfAHundredClustersOfFiveNodes() {
        fixture.namespace();
        fixture.asAdmin(() -> catalog.addItem(new CatalogItemView(CatalogKind.KUBERNETES_RELEASE, OLD, "1.29")));
        long zoneId = jdbc.queryForObject("select id from zone where name = 'zone-a'", Long.class);
        ReconcileBenchmark.insertHosts(jdbc, zoneId);
        String namespace = setup.approvedNamespace(fixture.owner, 50_000_000, 200_000_000, 5_000_000);
        for (int i = 1; i <= CLUSTERS; i++) {
            workloads.createTkgCluster(namespace, new CreateTkgClusterCommand(String.format("c%03d", i), OLD, 3,
                    SMALL, TestNamespaces.STORAGE_POLICY, List.of(new CreateTkgClusterCommand.NodePool("workers", 2,
                    SMALL, null))));
        }
        int creationCycles = cyclesUntilQuiet(new ArrayList<>());
        long nodes = count("select count(*) from workload where cluster_id is not null and status = 'RUNNING'");
        assertThat(nodes).isEqualTo(CLUSTERS * 5L);
        long quotaBefore = count("select coalesce(sum(cpu_used_mhz), 0) from zone_quota");
        System.out.printf("%nRoll-out benchmark on %s: %,d hosts, %,d TKG clusters × 5 nodes running (created in %d "
                + "cycles); upgrading every cluster to %s%n", TestDatabase.kind(), ReconcileBenchmark.HOSTS, CLUSTERS,
                creationCycles, TestNamespaces.RELEASE);

        long start = System.nanoTime();
        for (int i = 1; i <= CLUSTERS; i++) {
            changes.change(namespace, String.format("c%03d", i), new ChangeTkgClusterCommand(TestNamespaces.RELEASE,
                    null, null, null, null, null));
        }
        long changeMillis = (System.nanoTime() - start) / 1_000_000;
        List<Long> cycleMillis = new ArrayList<>();
        int cycles = cyclesUntilQuiet(cycleMillis);
        long totalMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(count("select count(*) from workload where cluster_id is not null and kubernetes_release = ?"
                + " and status = 'RUNNING'", TestNamespaces.RELEASE)).isEqualTo(CLUSTERS * 5L);
        assertThat(count("select count(*) from workload where cluster_id is not null")).isEqualTo(CLUSTERS * 5L);
        assertThat(count("select count(*) from tkg_cluster where rolling")).isZero();
        assertThat(count("select coalesce(sum(cpu_used_mhz), 0) from zone_quota")).isEqualTo(quotaBefore);
        long replaced = count("select count(*) from reconcile_event where type = 'NODE_REPLACED'");
        List<Long> sorted = cycleMillis.stream().sorted().toList();
        System.out.printf("upgrade asked for %d clusters in %,d ms; %d cycles until every node was replaced "
                        + "(%,d nodes replaced, 5 per cluster: %.1f cycles per node step)%n", CLUSTERS, changeMillis,
                cycles, replaced, cycles / 5.0);
        System.out.printf("cycle time: median %,d ms, min %,d ms, max %,d ms (cycle + up to %d roll-out steps, one "
                        + "transaction each); total %,d ms (%.1f s)%n%n", sorted.get(sorted.size() / 2),
                sorted.getFirst(), sorted.getLast(), CLUSTERS, totalMillis, totalMillis / 1000.0);
    }

    /** Cycles of the zone until one writes nothing; returns how many wrote something. */
    private int cyclesUntilQuiet(List<Long> millis) {
        for (int cycle = 0; cycle < 500; cycle++) {
            long start = System.nanoTime();
            String detail = fixture.cycle("zone-a");
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (detail.startsWith("Nothing to do")) {
                millis.removeLast();
                return cycle;
            }
        }
        throw new AssertionError("the zone did not settle in 500 cycles");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
