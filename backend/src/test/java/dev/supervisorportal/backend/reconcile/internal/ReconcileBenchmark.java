package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.TestDatabase;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.reconcile.ReconcileSettings;
import dev.supervisorportal.backend.reconcile.ReconcilerFixture;
import dev.supervisorportal.backend.workloads.ZoneWorkload;
import dev.supervisorportal.backend.workloads.ZoneWorkloads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciler's benchmark (issue 5): 10,000 pending workloads on 1,000 hosts of one zone, reconciled and written
 * in one cycle. Not part of the build's tests (its name does not end in IT); run it on PostgreSQL with
 * {@code ./mvnw -pl backend -am verify -Preconcile-bench} (see README). It prints the cycle's wall time per run and
 * where the time goes (read, plan, write); it asserts only that every workload was placed, never a time.
 */
@TestPropertySource(properties = {"portal.supervisor.topology=SINGLE_ZONE", "portal.reconcile.balance-threshold=100"})
class ReconcileBenchmark extends IntegrationTest {

    static final int HOSTS = Integer.getInteger("bench.hosts", 1_000);
    static final int WORKLOADS = Integer.getInteger("bench.workloads", 10_000);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    /** VM class sizes (vCPUs at 2,000 MHz, GiB of memory), as the catalog has them. */
    static final int[][] SIZES = {{2, 2}, {2, 4}, {2, 8}, {4, 16}, {4, 32}, {8, 64}};

    @Autowired
    ReconcilerFixture fixture;
    @Autowired
    ZoneReconciler reconciler;
    @Autowired
    InventoryService inventory;
    @Autowired
    ZoneWorkloads zoneWorkloads;
    @Autowired
    ReconcileSettings settings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void tenThousandPendingWorkloadsOnAThousandHosts() {
        fixture.namespace();
        long zoneId = jdbc.queryForObject("select id from zone where name = 'zone-a'", Long.class);
        long namespaceId = jdbc.queryForObject("select id from namespace where name = ?", Long.class,
                fixture.namespace);
        insertHosts(jdbc, zoneId);
        insertPendingWorkloads(zoneId, namespaceId);
        System.out.printf("%nReconcile benchmark on %s: %,d hosts, %,d pending workloads (+3 control-plane VMs), "
                + "one zone, policy %s%n", TestDatabase.kind(), HOSTS, WORKLOADS, settings.policy());

        long[] totals = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            resetToPending();
            Phases phases = measurePhases(zoneId);
            resetToPending();
            long start = System.nanoTime();
            String detail = reconciler.reconcile("zone-a").detail().english();
            totals[run] = (System.nanoTime() - start) / 1_000_000;
            long placed = jdbc.queryForObject("select count(*) from workload where status = 'PLACED'", Long.class);
            System.out.printf("run %d: cycle %,d ms (read %,d ms, plan %,d ms, write + commit ~%,d ms): %s%n",
                    run + 1, totals[run], phases.readMillis, phases.planMillis,
                    totals[run] - phases.readMillis - phases.planMillis, detail);
            assertThat(placed).isEqualTo(WORKLOADS + 3);
        }
        long[] sorted = totals.clone();
        Arrays.sort(sorted);
        System.out.printf("median of %d runs: %,d ms (min %,d, max %,d)%n%n", RUNS, sorted[RUNS / 2], sorted[0],
                sorted[RUNS - 1]);
    }

    /** The read (zone locked, hosts and workloads loaded) and the pure planning, measured on their own. */
    private Phases measurePhases(long zoneId) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        return transaction.execute(status -> {
            long start = System.nanoTime();
            inventory.lockZone("zone-a");
            var hosts = inventory.hostsIn("zone-a");
            List<ZoneWorkload> workloads = zoneWorkloads.inZone(zoneId);
            long read = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            CyclePlan plan = new CyclePlanner(settings).plan("zone-a", hosts, workloads, Instant.now());
            long planned = (System.nanoTime() - start) / 1_000_000;
            assertThat(plan.counts().placed()).isEqualTo(WORKLOADS + 3);
            status.setRollbackOnly();
            return new Phases(read, planned);
        });
    }

    private void resetToPending() {
        jdbc.update("update workload set status = 'PENDING', host_id = null, placed_at = null,"
                + " status_reason = 'Admitted; waiting for the reconciler to choose a host.'");
        jdbc.update("delete from reconcile_event");
        jdbc.update("delete from reconcile_run");
        jdbc.execute("analyze");
    }

    /** {@link #HOSTS} hosts esx-a-0001 … of 96,000 MHz, 512 GiB, 4 TiB in the zone, ready. */
    static void insertHosts(JdbcTemplate jdbc, long zoneId) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= HOSTS; i++) {
            rows.add(new Object[]{String.format("esx-a-%04d", i), zoneId});
        }
        jdbc.batchUpdate("insert into host (name, zone_id, state, cpu_mhz, memory_mib, storage_gib, version)"
                + " values (?, ?, 'READY', 96000, 524288, 4096, 0)", rows);
    }

    private void insertPendingWorkloads(long zoneId, long namespaceId) {
        Random random = new Random(1);
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 1; i <= WORKLOADS; i++) {
            int[] size = SIZES[random.nextInt(SIZES.length)];
            rows.add(new Object[]{namespaceId, String.format("vm-%05d", i), zoneId, size[0] * 2_000L,
                    size[1] * 1_024L, now});
        }
        jdbc.batchUpdate("insert into workload (namespace_id, kind, name, zone_id, status, status_reason, cpu_mhz,"
                + " memory_mib, storage_gib, vm_class, created_by, created_at, version) values (?, 'VM', ?, ?,"
                + " 'PENDING', '{\"key\":\"stored.as-written\",\"args\":[\"Admitted; waiting.\"]}', ?, ?, 40, 'bench',"
                + " 'bench',"
                + " ?, 0)", rows);
    }

    private record Phases(long readMillis, long planMillis) {
    }
}
