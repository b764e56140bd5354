package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Quartz running and a period of an hour, a change (a host added, a VM created, a host failed) still gets its
 * zone reconciled within seconds, and the spherelet's start is picked up when it is due.
 */
@TestPropertySource(properties = {"spring.quartz.auto-startup=true", "portal.reconcile.interval=1h",
        "portal.reconcile.vm-start-delay=1s"})
class ReconcileAfterChangeIT extends IntegrationTest {

    static final Duration SOON = Duration.ofSeconds(15);

    @Autowired
    ReconcilerFixture fixture;
    @Autowired
    dev.supervisorportal.backend.inventory.InventoryService inventory;

    @Test
    void aChangeIsReconciledWithinSecondsNotAtTheNextPeriod() throws InterruptedException {
        fixture.namespace();
        fixture.host("zone-c", "esx-c-11", 96_000);
        fixture.host("zone-c", "esx-c-12", 96_000);
        fixture.vm("soon-1", "best-effort-large", "zone-c");

        WorkloadView running = await("soon-1", vm -> vm.status() == WorkloadStatus.RUNNING);
        assertThat(running.host()).isIn("esx-c-11", "esx-c-12");

        fixture.asAdmin(() -> inventory.markFailed(running.host()));
        WorkloadView restarted = await("soon-1", vm -> vm.status() == WorkloadStatus.RUNNING
                && !vm.host().equals(running.host()));
        assertThat(restarted.host()).isIn("esx-c-11", "esx-c-12");
    }

    private WorkloadView await(String vm, Predicate<WorkloadView> condition) throws InterruptedException {
        long deadline = System.nanoTime() + SOON.toNanos();
        WorkloadView last = fixture.vm(vm);
        while (!condition.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            last = fixture.vm(vm);
        }
        assertThat(condition).as("within %s: %s", SOON, last).accepts(last);
        return last;
    }
}
