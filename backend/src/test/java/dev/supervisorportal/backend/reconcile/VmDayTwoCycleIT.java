package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.ChangeVmCommand;
import dev.supervisorportal.backend.workloads.PowerAction;
import dev.supervisorportal.backend.workloads.VmChangeService;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the zone's cycle does with a VM's day-2 changes: a powered-off VM leaves its host (the Hosts page's use drops)
 * and keeps its quota, a powered-on one is placed again, and a resized one restarts on its host when that host has
 * room for its new size, else on another host with the reason in its event. Each test has a database of its own.
 */
// A context (and database) of its own per test: its own property keeps other classes from sharing it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = {"portal.reconcile.vm-start-delay=0s", "test.own-context=VmDayTwoCycleIT"})
class VmDayTwoCycleIT extends IntegrationTest {

    @Autowired
    ReconcilerFixture fixture;
    @Autowired
    VmChangeService changes;
    @Autowired
    ReconcileEvents events;
    @Autowired
    PlacementOverview placement;

    @BeforeEach
    void namespace() {
        fixture.namespace();
    }

    @Test
    void aPoweredOffVmLeavesItsHostKeepsItsQuotaAndComesBackWhenPoweredOn() {
        fixture.hosts("zone-a", 2, 96_000);
        fixture.vm("web-1", "best-effort-large", "zone-a");
        fixture.cycle("zone-a");
        fixture.cycle("zone-a");
        WorkloadView running = fixture.vm("web-1");
        assertThat(running.status()).isEqualTo(WorkloadStatus.RUNNING);
        long hostUseBefore = cpuUsedOn(running.host());

        changes.changePower(fixture.namespace, "web-1", PowerAction.OFF, running.version());
        assertThat(fixture.vm("web-1").status()).as("the cycle carries it out").isEqualTo(WorkloadStatus.RUNNING);
        fixture.cycle("zone-a");

        WorkloadView off = fixture.vm("web-1");
        assertThat(off.status()).isEqualTo(WorkloadStatus.POWERED_OFF);
        assertThat(off.host()).isNull();
        assertThat(off.statusReason().english()).isEqualTo("Powered off; its quota stays reserved.");
        assertThat(cpuUsedOn(running.host())).isEqualTo(hostUseBefore - 8_000);
        assertThat(zoneAUsed()).isEqualTo(8_000);
        assertThat(latestEvent()).satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.POWERED_OFF);
            assertThat(event.message().english()).isEqualTo("Powered off vm " + fixture.namespace + "/web-1; "
                    + running.host() + " no longer runs it.");
        });
        List<Long> marks = fixture.writeMarks();
        fixture.cycle("zone-a");
        assertThat(fixture.writeMarks()).as("a second cycle decides nothing").isEqualTo(marks);

        changes.changePower(fixture.namespace, "web-1", PowerAction.ON, off.version());
        fixture.cycle("zone-a");
        assertThat(fixture.vm("web-1").status()).isEqualTo(WorkloadStatus.PLACED);
        assertThat(events.forNamespace(fixture.namespace, 2)).extracting(EventView::type)
                .containsExactly(EventType.PLACED, EventType.POWERED_ON);
    }

    @Test
    void aResizedVmRestartsOnItsHostWhenItHasRoom() {
        fixture.hosts("zone-a", 2, 96_000);
        fixture.vm("web-1", "best-effort-large", "zone-a");
        fixture.cycle("zone-a");
        fixture.cycle("zone-a");
        String host = fixture.vm("web-1").host();

        WorkloadView resized = changes.changeVm(fixture.namespace, "web-1",
                new ChangeVmCommand("best-effort-2xlarge", null, null));
        assertThat(resized.restartRequested()).isTrue();
        assertThat(zoneAUsed()).isEqualTo(16_000);
        fixture.cycle("zone-a");

        WorkloadView restarted = fixture.vm("web-1");
        assertThat(restarted.host()).isEqualTo(host);
        assertThat(restarted.status()).as("started in the same cycle: no start delay here")
                .isEqualTo(WorkloadStatus.RUNNING);
        assertThat(restarted.restartRequested()).isFalse();
        assertThat(restarted.demand()).isEqualTo(new Limits(16_000, 65_536, 40));
        List<EventView> last = events.forNamespace(fixture.namespace, 2);
        assertThat(last).extracting(EventView::type).containsExactly(EventType.STARTED, EventType.RESTARTED);
        assertThat(last.get(1).message().english())
                .isEqualTo("Restarted vm " + fixture.namespace + "/web-1 on " + host + ".");
        List<Long> marks = fixture.writeMarks();
        fixture.cycle("zone-a");
        assertThat(fixture.writeMarks()).as("restarted once").isEqualTo(marks);
        assertThat(fixture.count("select count(*) from reconcile_event where type = 'RESTARTED'")).isEqualTo(1);
    }

    @Test
    void aResizedVmWhoseHostHasNoRoomIsPlacedAnewWithTheReason() {
        fixture.host("zone-a", "esx-a-01", 20_000);
        fixture.vm("web-1", "best-effort-large", "zone-a");
        fixture.cycle("zone-a");
        assertThat(fixture.vm("web-1").host()).isEqualTo("esx-a-01");
        fixture.host("zone-a", "esx-a-02", 40_000);

        changes.changeVm(fixture.namespace, "web-1", new ChangeVmCommand("best-effort-4xlarge", null, null));
        fixture.cycle("zone-a");

        WorkloadView moved = fixture.vm("web-1");
        assertThat(moved.host()).isEqualTo("esx-a-02");
        assertThat(moved.restartRequested()).isFalse();
        List<EventView> last = events.forNamespace(fixture.namespace, 2);
        assertThat(last).extracting(EventView::type).containsExactly(EventType.PLACED, EventType.RESTARTED);
        assertThat(last.get(1).message().english()).startsWith("Restarting vm " + fixture.namespace
                + "/web-1: esx-a-01 has no room for its new size: ").endsWith("; it restarts on another host.");
    }

    private EventView latestEvent() {
        return events.forNamespace(fixture.namespace, 1).getFirst();
    }

    private long zoneAUsed() {
        return fixture.count("select cpu_used_mhz from zone_quota q join zone z on z.id = q.zone_id"
                + " join namespace n on n.id = q.namespace_id where z.name = 'zone-a' and n.name = ?",
                fixture.namespace);
    }

    /** The host's CPU use as the Hosts page shows it to admins. */
    private long cpuUsedOn(String host) {
        long used = fixture.asAdmin(() -> placement.zones().stream().flatMap(zone -> zone.hosts().stream())
                .filter(usage -> usage.name().equals(host)).findFirst().orElseThrow().used().cpuMhz());
        SignedIn.as(fixture.owner, Role.DEVOPS);
        return used;
    }
}
