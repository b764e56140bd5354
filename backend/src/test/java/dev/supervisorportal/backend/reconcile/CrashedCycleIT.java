package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.reconcile.internal.CycleInterruption;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.PowerAction;
import dev.supervisorportal.backend.workloads.PowerState;
import dev.supervisorportal.backend.workloads.VmChangeService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cycle that crashes halfway (after writing the workloads, before its events) loses nothing and places nothing
 * twice; a user's delete racing a cycle wins, and the next cycle converges.
 */
// A context (and database) of its own per test: its own property keeps other classes from sharing it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@Import(CrashedCycleIT.Interruptions.class)
@TestPropertySource(properties = {"portal.reconcile.vm-start-delay=0s", "test.own-context=CrashedCycleIT"})
class CrashedCycleIT extends IntegrationTest {

    /** What the next cycle does halfway through; then it is disarmed. */
    static final AtomicReference<CycleInterruption> NEXT = new AtomicReference<>();

    @TestConfiguration
    static class Interruptions {
        @Bean
        CycleInterruption interruption() {
            return zone -> {
                CycleInterruption next = NEXT.getAndSet(null);
                if (next != null) {
                    next.afterWorkloadsWritten(zone);
                }
            };
        }
    }

    @Autowired
    ReconcilerFixture fixture;
    @Autowired
    WorkloadService workloads;
    @Autowired
    ReconcileEvents events;
    @Autowired
    VmChangeService changes;

    @BeforeEach
    void fiveVms() {
        fixture.namespace();
        fixture.hosts("zone-a", 2, 96_000);
        for (int i = 1; i <= 5; i++) {
            fixture.vm("web-" + i, "best-effort-large", "zone-a");
        }
    }

    @Test
    void aCycleThatCrashesHalfwayLosesNothingAndTheNextPlacesEachWorkloadOnce() {
        List<Long> before = fixture.writeMarks();
        NEXT.set(zone -> {
            throw new IllegalStateException("injected crash in the middle of the cycle of " + zone);
        });

        assertThatThrownBy(() -> fixture.cycle("zone-a")).hasMessageContaining("injected crash");

        assertThat(fixture.writeMarks()).isEqualTo(before);
        assertThat(fixture.vms()).extracting(WorkloadView::status).containsOnly(WorkloadStatus.PENDING);

        fixture.cycle("zone-a");
        assertThat(fixture.vms()).extracting(WorkloadView::status).containsOnly(WorkloadStatus.PLACED);
        assertThat(events.forNamespace(fixture.namespace, 100)).extracting(EventView::workload)
                .containsExactlyInAnyOrder("web-1", "web-2", "web-3", "web-4", "web-5");
        assertThat(fixture.count("select count(*) from reconcile_event where type = 'PLACED'")).isEqualTo(6);
        assertThat(fixture.count("select count(*) from workload where host_id is not null")).isEqualTo(6);
        fixture.cycle("zone-a");
        assertThat(fixture.vms()).extracting(WorkloadView::status).containsOnly(WorkloadStatus.RUNNING);
    }

    @Test
    void aCycleThatCrashesWhilePoweringOffLeavesTheVmAsBeforeAndTheNextPowersItOffOnce() {
        fixture.cycle("zone-a");
        changes.changePower(fixture.namespace, "web-2", PowerAction.OFF, null);
        changes.changePower(fixture.namespace, "web-3", PowerAction.RESTART, null);
        WorkloadView before = fixture.vm("web-2");
        List<Long> marks = fixture.writeMarks();
        NEXT.set(zone -> {
            throw new IllegalStateException("injected crash while powering off in " + zone);
        });

        assertThatThrownBy(() -> fixture.cycle("zone-a")).hasMessageContaining("injected crash");

        assertThat(fixture.writeMarks()).isEqualTo(marks);
        assertThat(fixture.vm("web-2")).isEqualTo(before);
        assertThat(fixture.vm("web-3").restartRequested()).isTrue();
        fixture.cycle("zone-a");
        WorkloadView off = fixture.vm("web-2");
        assertThat(off.status()).isEqualTo(WorkloadStatus.POWERED_OFF);
        assertThat(off.powerState()).isEqualTo(PowerState.OFF);
        assertThat(off.host()).isNull();
        assertThat(fixture.vm("web-3").restartRequested()).isFalse();
        assertThat(fixture.count("select count(*) from reconcile_event where type = 'POWERED_OFF'")).isEqualTo(1);
        assertThat(fixture.count("select count(*) from reconcile_event where type = 'RESTARTED'")).isEqualTo(1);
    }

    @Test
    void aDeleteRacingACycleWinsTheCycleRollsBackAndTheNextOneConverges() {
        String owner = fixture.owner;
        NEXT.set(zone -> {
            // Another user deletes web-3 and commits while this cycle holds its decisions, not yet flushed.
            CompletableFuture.runAsync(() -> {
                SignedIn.as(owner, Role.DEVOPS);
                workloads.deleteVm(fixture.namespace, "web-3");
            }).orTimeout(20, TimeUnit.SECONDS).join();
        });

        assertThatThrownBy(() -> fixture.cycle("zone-a")).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(fixture.vms()).extracting(WorkloadView::name).containsExactly("web-1", "web-2", "web-4", "web-5");
        assertThat(fixture.vms()).extracting(WorkloadView::status).containsOnly(WorkloadStatus.PENDING);
        fixture.cycle("zone-a");
        assertThat(fixture.vms()).extracting(WorkloadView::status).containsOnly(WorkloadStatus.PLACED);
        assertThat(fixture.count("select count(*) from workload where host_id is not null")).isEqualTo(5);
        assertThat(fixture.count("select cpu_used_mhz from zone_quota q join zone z on z.id = q.zone_id"
                + " join namespace n on n.id = q.namespace_id where z.name = 'zone-a' and n.name = ?",
                fixture.namespace)).isEqualTo(4 * 8_000);
    }
}
