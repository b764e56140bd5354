package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cycle's transitions on one zone: placement, start, reasons, HA restart, maintenance evacuation (also when
 * blocked), DRS's bound, and that a cycle with nothing to do writes nothing. Each test has a database of its own.
 */
// A context (and database) of its own per test: its own property keeps other classes from sharing it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = {"portal.reconcile.vm-start-delay=0s", "portal.reconcile.max-moves-per-cycle=2",
        "portal.reconcile.balance-threshold=20", "test.own-context=ZoneReconcilerIT"})
class ZoneReconcilerIT extends IntegrationTest {

    static final String LARGE = "best-effort-large";

    @Autowired
    ReconcilerFixture fixture;
    @Autowired
    ReconcileEvents events;
    @Autowired
    PlacementOverview overview;
    @Autowired
    InventoryService inventory;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void namespace() {
        fixture.namespace();
    }

    @Test
    void aVmIsPlacedThenStartedAndThenACycleWithNothingToDoWritesNothing() {
        fixture.hosts("zone-a", 2, 96_000);
        fixture.vm("web-1", LARGE, "zone-a");

        fixture.cycle("zone-a");
        WorkloadView placed = fixture.vm("web-1");
        assertThat(placed.status()).isEqualTo(WorkloadStatus.PLACED);
        assertThat(placed.host()).isIn("esx-a-01", "esx-a-02");
        assertThat(placed.statusReason()).isNull();

        fixture.cycle("zone-a");
        WorkloadView running = fixture.vm("web-1");
        assertThat(running.status()).isEqualTo(WorkloadStatus.RUNNING);
        assertThat(running.host()).isEqualTo(placed.host());
        assertThat(events.forNamespace(fixture.namespace, 10)).extracting(EventView::type, EventView::toHost)
                .containsExactly(tuple(EventType.STARTED, placed.host()), tuple(EventType.PLACED, placed.host()));

        List<Long> before = fixture.writeMarks();
        assertThat(fixture.cycle("zone-a")).isEqualTo("Nothing to do.");
        assertThat(fixture.cycle("zone-a")).isEqualTo("Nothing to do.");
        assertThat(fixture.writeMarks()).isEqualTo(before);
        assertThat(metrics.counter("reconcile.placements", "zone", "zone-a").count()).isEqualTo(2); // web-1, CP VM
        assertThat(metrics.find("reconcile.workloads").tags("zone", "zone-a", "status", "RUNNING").gauge().value())
                .isEqualTo(2);
    }

    @Test
    void aCycleThatRecordsEventsDropsItsZonesEventsOlderThanTheKeepingTime() {
        jdbc.update("insert into reconcile_event (id, occurred_at, zone_name, namespace_name, workload_kind,"
                + " workload_name, type, message) values (-1, ?, 'zone-a', ?, 'vm', 'old-1', 'PLACED', ?),"
                + " (-2, ?, 'zone-b', ?, 'vm', 'old-2', 'PLACED', ?)",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(31))), fixture.namespace,
                dev.supervisorportal.backend.common.MsgColumn.json(dev.supervisorportal.backend.common.Msg.of(
                        dev.supervisorportal.backend.common.MsgColumn.AS_WRITTEN, "long ago")),
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(31))), fixture.namespace,
                dev.supervisorportal.backend.common.MsgColumn.json(dev.supervisorportal.backend.common.Msg.of(
                        dev.supervisorportal.backend.common.MsgColumn.AS_WRITTEN, "long ago in zone-b")));
        fixture.hosts("zone-a", 1, 96_000);
        fixture.vm("web-1", LARGE, "zone-a");

        fixture.cycle("zone-a");

        assertThat(events.forNamespace(fixture.namespace, 10)).extracting(EventView::workload)
                .containsExactly("web-1", "old-2");
    }

    @Test
    void aVmThatFitsNowhereWaitsWithEachHostsReasonReportedOnceAndIsPlacedWhenAHostIsAdded() {
        fixture.host("zone-a", "esx-a-01", 10_000);
        fixture.cycle("zone-a");
        fixture.cycle("zone-a"); // the Supervisor's control-plane VM runs there: 8,000 MHz
        fixture.vm("big-1", "best-effort-2xlarge", "zone-a"); // 8 vCPUs: 16,000 MHz

        fixture.cycle("zone-a");
        WorkloadView waiting = fixture.vm("big-1");
        assertThat(waiting.status()).isEqualTo(WorkloadStatus.PENDING);
        assertThat(waiting.statusReason().english()).startsWith("no host of zone-a can take it.")
                .contains("esx-a-01: insufficient cpu: needs 16000 MHz, 2000 free");
        List<Long> before = fixture.writeMarks();
        assertThat(fixture.cycle("zone-a")).contains("Nothing to do; 1 workloads wait for room");
        assertThat(fixture.writeMarks()).isEqualTo(before);
        assertThat(events.forNamespace(fixture.namespace, 10)).singleElement()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo(EventType.UNPLACEABLE);
                    assertThat(event.message().english()).contains("big-1", "insufficient cpu");
                });

        fixture.host("zone-a", "esx-a-02", 96_000);
        fixture.cycle("zone-a");
        assertThat(fixture.vm("big-1")).extracting(WorkloadView::status, WorkloadView::host)
                .containsExactly(WorkloadStatus.PLACED, "esx-a-02");
    }

    @Test
    void haRestartsTheWorkloadsOfAFailedHostOnOtherHostsOfItsZone() {
        fixture.hosts("zone-a", 3, 96_000);
        for (int i = 1; i <= 5; i++) {
            fixture.vm("web-" + i, LARGE, "zone-a");
        }
        fixture.cycle("zone-a");
        fixture.cycle("zone-a");
        String failed = fixture.vm("web-1").host();
        Set<String> onFailed = fixture.vms().stream().filter(vm -> vm.host().equals(failed))
                .map(WorkloadView::name).collect(Collectors.toSet());

        fixture.asAdmin(() -> inventory.markFailed(failed));
        fixture.cycle("zone-a");

        for (WorkloadView vm : fixture.vms()) {
            assertThat(vm.host()).as(vm.name()).isNotEqualTo(failed).startsWith("esx-a-");
            assertThat(vm.status()).as(vm.name())
                    .isEqualTo(onFailed.contains(vm.name()) ? WorkloadStatus.PLACED : WorkloadStatus.RUNNING);
        }
        assertThat(events.forNamespace(fixture.namespace, 100)).filteredOn(e -> e.type() == EventType.RESTARTING)
                .extracting(EventView::workload).containsExactlyInAnyOrderElementsOf(onFailed);
        assertThat(events.forNamespace(fixture.namespace, 100))
                .filteredOn(e -> e.type() == EventType.PLACED && failed.equals(e.fromHost()))
                .allSatisfy(e -> assertThat(e.message().english()).contains("Restarted", "vSphere HA"))
                .hasSize(onFailed.size());

        fixture.cycle("zone-a");
        assertThat(fixture.vms()).extracting(WorkloadView::status).containsOnly(WorkloadStatus.RUNNING);
        assertThat(fixture.asAdmin(() -> hostUsage(failed)).workloads()).isEmpty();
        fixture.asAdmin(() -> inventory.recover(failed));
        assertThat(fixture.asAdmin(() -> hostUsage(failed)).state()).isEqualTo(HostState.READY);
    }

    @Test
    void maintenanceMovesRunningWorkloadsAwayAndOneThatCannotMoveKeepsTheHostFromFinishing() {
        fixture.hosts("zone-a", 2, 20_000);
        fixture.vm("web-1", LARGE, "zone-a");
        fixture.vm("web-2", LARGE, "zone-a");
        fixture.vm("web-3", LARGE, "zone-a");
        fixture.cycle("zone-a");
        fixture.cycle("zone-a"); // with the control-plane VM: two workloads of 8,000 MHz on each host

        fixture.asAdmin(() -> inventory.enterMaintenance("esx-a-01"));
        fixture.cycle("zone-a");
        HostUsage blocked = fixture.asAdmin(() -> hostUsage("esx-a-01"));
        assertThat(blocked.workloads()).hasSize(2);
        assertThat(blocked.note().english()).startsWith("Entering maintenance: 2 of 2 workloads cannot move.")
                .contains("Cannot leave esx-a-01 for maintenance", "esx-a-02: insufficient cpu");
        assertThat(fixture.asAdmin(() -> events.recent(50))).filteredOn(e -> e.type() == EventType.EVACUATION_BLOCKED)
                .hasSize(2);
        List<Long> before = fixture.writeMarks();
        fixture.cycle("zone-a");
        assertThat(fixture.writeMarks()).as("a blocked evacuation is reported once").isEqualTo(before);

        fixture.host("zone-a", "esx-a-03", 96_000);
        fixture.cycle("zone-a");
        HostUsage empty = fixture.asAdmin(() -> hostUsage("esx-a-01"));
        assertThat(empty.workloads()).isEmpty();
        assertThat(empty.note().english()).isEqualTo("In maintenance: no workloads left.");
        assertThat(fixture.vms()).extracting(WorkloadView::status).containsOnly(WorkloadStatus.RUNNING);
        assertThat(fixture.vms()).extracting(WorkloadView::host).doesNotContain("esx-a-01");
        assertThat(fixture.asAdmin(() -> events.recent(50))).filteredOn(e -> e.type() == EventType.MIGRATED)
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.fromHost()).isEqualTo("esx-a-01");
                    assertThat(e.toHost()).isEqualTo("esx-a-03");
                });
        fixture.asAdmin(() -> inventory.exitMaintenance("esx-a-01"));
        assertThat(fixture.asAdmin(() -> hostUsage("esx-a-01")).state()).isEqualTo(HostState.READY);
    }

    @Test
    void drsMovesAtMostTheConfiguredNumberPerCycleEachNarrowingTheSpread() {
        fixture.host("zone-a", "esx-a-01", 100_000);
        for (int i = 1; i <= 6; i++) {
            fixture.vm("web-" + i, LARGE, "zone-a");
        }
        fixture.cycle("zone-a");
        fixture.cycle("zone-a"); // 7 workloads of 8,000 MHz on esx-a-01: 56 %

        fixture.host("zone-a", "esx-a-02", 100_000); // empty: spread 56 points
        fixture.cycle("zone-a");
        List<EventView> firstMoves = balanced();
        assertThat(firstMoves).hasSize(2);
        fixture.cycle("zone-a");
        List<EventView> moves = balanced();
        // 56/0 -> 48/8 -> 40/16 (two moves, the bound) -> 32/24 (spread 8, under the threshold of 20)
        assertThat(moves).hasSize(3).allSatisfy(move -> {
            assertThat(move.fromHost()).isEqualTo("esx-a-01");
            assertThat(move.toHost()).isEqualTo("esx-a-02");
        });
        assertThat(moves).extracting(e -> e.message().english()).anySatisfy(m -> assertThat(m).contains("spread 56 points, now 40"))
                .anySatisfy(m -> assertThat(m).contains("spread 40 points, now 24"))
                .anySatisfy(m -> assertThat(m).contains("spread 24 points, now 8"));
        assertThat(fixture.cycle("zone-a")).isEqualTo("Nothing to do.");
        assertThat(fixture.asAdmin(() -> hostUsage("esx-a-01")).cpuPercent()).isEqualTo(32);
        assertThat(fixture.asAdmin(() -> hostUsage("esx-a-02")).cpuPercent()).isEqualTo(24);
    }

    private List<EventView> balanced() {
        return fixture.asAdmin(() -> events.recent(100)).stream().filter(e -> e.type() == EventType.BALANCED).toList();
    }

    private HostUsage hostUsage(String host) {
        return overview.zones().stream().flatMap(zone -> zone.hosts().stream())
                .filter(usage -> usage.name().equals(host)).findFirst().orElseThrow();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    static Map<String, Long> count(List<EventView> found) {
        return found.stream().collect(Collectors.groupingBy(e -> e.type().name(), Collectors.counting()));
    }
}
